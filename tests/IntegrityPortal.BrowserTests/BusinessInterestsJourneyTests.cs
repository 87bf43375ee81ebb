using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Testing;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class BusinessInterestsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task OfficerApplies_ManagerSupports_PsdAssesses_HeadOfPsdApprovesWithConditions_AYearLaterPsdContinuesIt()
    {
        var clock = new ShiftedClock();
        await using var session = await PortalSession.StartAsync(browser, clock);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");

        // Cumbria: the line manager gives a view, and the head of PSD decides.
        await SignInAsync(page, "officer.cumbria");
        await OpenMenuAsync(page, "Business interests");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start an application" }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "Kind of interest", "Secondary employment");
        await page.GetByLabel("Organisation or business", new() { Exact = true }).FillAsync("Keswick Mountain Guides Ltd");
        await ChooseAsync(page, "Line of work", "General (none of those below)");
        await page.GetByLabel("The work or interest", new() { Exact = true }).FillAsync("Guiding walking groups on the fells");
        await page.GetByLabel("Hours per week", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("When the hours fall", new() { Exact = true }).FillAsync("Rest days in summer");
        await ChooseAsync(page, "Pay band", "Up to £5,000 a year");
        await FillDateAsync(page, "Start date", DateTime.Today.AddMonths(1));
        await ChooseAsync(page, "Is it inside the force area?", "Yes");
        await ChooseAsync(page, "Does it draw on police skills, information or contacts?", "No");
        await ChooseAsync(page, "Does the organisation supply goods or services to the force?", "No");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Check your answers, then the confirmation panel.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before submitting your application");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Keswick Mountain Guides Ltd");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the application" }).ClickAsync();
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Application submitted");
        await Expect(page.Locator("#next")).ToContainTextAsync("Your line manager gives their view on it first");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^application BI-") }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Awaiting line manager");
        await AssertNoAxeViolationsAsync(page);
        var reference = $"BI-{int.Parse(Regex.Match(page.Url, @"/View/(\d+)").Groups[1].Value):D6}";
        await SignOutAsync(page);

        await SignInAsync(page, "manager.cumbria");
        await OpenMenuAsync(page, "Team applications");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "Do you support the application?", "I support the application");
        await page.GetByLabel("Your comments", new() { Exact = true }).FillAsync("Reliable, good attendance");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record my view" }).ClickAsync();
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("awaits PSD assessment");
        await AssertNoAxeViolationsAsync(page);
        await SignOutAsync(page);

        await SignInAsync(page, "psd.cumbria");
        await OpenMenuAsync(page, "Business interests (PSD)");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.Locator("#pre-flags")).ToContainTextAsync("Inside the force area");
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "Risk rating", "Medium");
        await page.GetByLabel("Reasons for the rating", new() { Exact = true }).FillAsync("Public-facing work in the force area");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }).ClickAsync();
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("medium risk");
        await AssertNoAxeViolationsAsync(page);
        await SignOutAsync(page);

        await SignInAsync(page, "head-of-psd.cumbria");
        await OpenMenuAsync(page, "Business interest decisions");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.Locator("#similar")).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "Decision", "Approved with conditions");
        await page.GetByLabel("Conditions or reasons", new() { Exact = true }).FillAsync("Not while on call; never in uniform");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("approved with conditions");
        await AssertNoAxeViolationsAsync(page);
        await SignOutAsync(page);

        await SignInAsync(page, "officer.cumbria");
        await OpenMenuAsync(page, "Business interests");
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(page.Locator("#decision")).ToContainTextAsync("Approved with conditions");
        await Expect(page.Locator("#conditions")).ToHaveTextAsync("Not while on call; never in uniform");
        await AssertNoAxeViolationsAsync(page);
        await SignOutAsync(page);

        // A year later the review is due; PSD continues the interest.
        clock.Shift = TimeSpan.FromDays(366);
        await SignInAsync(page, "psd.cumbria");
        await OpenMenuAsync(page, "Business interests (PSD)");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reviews due and overdue" }).ClickAsync();
        await Expect(page.Locator("#reviews")).ToContainTextAsync(reference);
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await ChooseAsync(page, "Review outcome", "Continue");
        await page.GetByLabel("Note of the review", new() { Exact = true }).FillAsync("Still suitable; no concerns raised");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("next review on");
        await Expect(page.Locator("#reviews")).Not.ToContainTextAsync(reference);
        await AssertNoAxeViolationsAsync(page);
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn"));
    }
}
