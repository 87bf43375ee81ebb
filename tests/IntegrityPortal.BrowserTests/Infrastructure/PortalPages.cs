using System.Text;
using Microsoft.Playwright;

namespace IntegrityPortal.BrowserTests.Infrastructure;

public static class PortalPages
{
    /// <summary>
    /// Runs every axe-core rule enabled by default (WCAG A/AA and best practice alike) on the
    /// page as it stands, and fails with each violation's id, impact and target selectors.
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var violations = await Axe.ViolationsAsync(page);
        if (violations.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found {violations.Count} violation(s) on {page.Url}:");
        foreach (var violation in violations)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var target in violation.Targets)
            {
                report.AppendLine().Append($"    at {target}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
