using System.Text;
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

    /// <summary>Signs in through the form as a person would: by the fields' labels and the button.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = DemoDataSeeder.Password)
    {
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Opens a page from the grouped navigation as a person would: the group in the top row,
    /// then the page in the group's second row (the group's first page opens with the group).
    /// </summary>
    public static async Task OpenMenuAsync(IPage page, string link)
    {
        // A page kept by two groups (the training register: PSD's and the administrator's) opens from the first.
        var item = IntegrityPortal.Web.Infrastructure.Navigation.Items.First(i => i.Text == link);
        var group = item.Group ?? item.Text;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = group, Exact = true }).ClickAsync();
        if (item.Group is not null)
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = group, Exact = true }).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
        }
    }

    /// <summary>Types a date into the GOV.UK date input whose legend is <paramref name="legend"/>.</summary>
    public static async Task FillDateAsync(IPage page, string legend, DateTime date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Types a time ("10:30") into the hour and minute boxes whose legend is <paramref name="legend"/>.</summary>
    public static async Task FillTimeAsync(IPage page, string legend, string time)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Hour", new() { Exact = true }).FillAsync(time[..time.IndexOf(':')]);
        await group.GetByLabel("Minute", new() { Exact = true }).FillAsync(time[(time.IndexOf(':') + 1)..]);
    }

    /// <summary>Chooses the radio labelled <paramref name="option"/> in the question <paramref name="legend"/>.</summary>
    public static Task ChooseAsync(IPage page, string legend, string option) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true }).GetByLabel(option, new() { Exact = true }).CheckAsync();

    /// <summary>Adds a new organisation or outlet through the picker's explicit "add a new one" path.</summary>
    public static async Task AddNewInPickerAsync(IPage page, string thing, string name)
    {
        await page.GetByText($"The {thing} is not listed: add a new one", new() { Exact = true }).ClickAsync();
        await page.GetByLabel($"Name of the new {thing}", new() { Exact = true }).FillAsync(name);
    }

    /// <summary>Chooses an existing organisation or outlet in the autocomplete by typing part of its name.</summary>
    public static async Task PickAsync(IPage page, string label, string typed, string name)
    {
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = name, Exact = true }).ClickAsync();
    }
}
