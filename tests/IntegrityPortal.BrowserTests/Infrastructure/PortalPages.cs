using System.Text;
using Deque.AxeCore.Playwright;
using IntegrityPortal.Core.Demo;
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
        var result = await page.RunAxe();
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found {result.Violations.Length} violation(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append($"    at {node.Target}");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>Signs in through the form as a person would: by the fields' labels and the button.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = DemoDataSeeder.Password)
    {
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
