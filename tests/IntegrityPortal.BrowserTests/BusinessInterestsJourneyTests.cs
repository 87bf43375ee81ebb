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
        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.OpenMenuAsync(page, "Business interests");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Start an application" }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Kind of interest", "Secondary employment");
        await Keys.TypeAsync(page.GetByLabel("Organisation or business", new() { Exact = true }), "Keswick Mountain Guides Ltd");
        await Keys.ChooseAsync(page, "Line of work", "General (none of those below)");
        await Keys.TypeAsync(page.GetByLabel("The work or interest", new() { Exact = true }), "Guiding walking groups on the fells");
        await Keys.TypeAsync(page.GetByLabel("Hours per week", new() { Exact = true }), "10");
        await Keys.TypeAsync(page.GetByLabel("When the hours fall", new() { Exact = true }), "Rest days in summer");
        await Keys.ChooseAsync(page, "Pay band", "Up to £5,000 a year");
        await Keys.DateAsync(page, "Start date", DateTime.Today.AddMonths(1));
        await Keys.ChooseAsync(page, "Is it inside the force area?", "Yes");
        await Keys.ChooseAsync(page, "Does it draw on police skills, information or contacts?", "No");
        await Keys.ChooseAsync(page, "Does the organisation supply goods or services to the force?", "No");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        // Check your answers, then the confirmation panel.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before submitting your application");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Keswick Mountain Guides Ltd");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit the application" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Application submitted");
        await Expect(page.Locator("#next")).ToContainTextAsync("Your line manager gives their view on it first");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^application BI-") }));
        await Expect(page.Locator("#status")).ToHaveTextAsync("Awaiting line manager");
        await AssertNoAxeViolationsAsync(page);
        var reference = $"BI-{int.Parse(Regex.Match(page.Url, @"/View/(\d+)").Groups[1].Value):D6}";
        await Keys.SignOutAsync(page);

        await Keys.SignInAsync(page, "manager.cumbria");
        await Keys.OpenMenuAsync(page, "Team applications");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Do you support the application?", "I support the application");
        await Keys.TypeAsync(page.GetByLabel("Your comments", new() { Exact = true }), "Reliable, good attendance");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record my view" }));
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("awaits PSD assessment");
        await AssertNoAxeViolationsAsync(page);
        await Keys.SignOutAsync(page);

        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.OpenMenuAsync(page, "Business interests (PSD)");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await Expect(page.Locator("#pre-flags")).ToContainTextAsync("Inside the force area");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Risk rating", "Medium");
        await Keys.TypeAsync(page.GetByLabel("Reasons for the rating", new() { Exact = true }), "Public-facing work in the force area");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }));
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("medium risk");
        await AssertNoAxeViolationsAsync(page);
        await Keys.SignOutAsync(page);

        await Keys.SignInAsync(page, "head-of-psd.cumbria");
        await Keys.OpenMenuAsync(page, "Business interest decisions");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await Expect(page.Locator("#similar")).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Decision", "Approved with conditions");
        await Keys.TypeAsync(page.GetByLabel("Conditions or reasons", new() { Exact = true }), "Not while on call; never in uniform");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator("#check-outcome")).ToHaveTextAsync("Approved with conditions");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Decision recorded");
        await Expect(page.Locator("#next")).ToContainTextAsync("is told of the approval and its conditions");
        await AssertNoAxeViolationsAsync(page);
        await Keys.SignOutAsync(page);

        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.OpenMenuAsync(page, "Business interests");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await Expect(page.Locator("#decision")).ToContainTextAsync("Approved with conditions");
        await Expect(page.Locator("#conditions")).ToHaveTextAsync("Not while on call; never in uniform");
        await AssertNoAxeViolationsAsync(page);
        await Keys.SignOutAsync(page);

        // A year later the review is due; PSD continues the interest.
        clock.Shift = TimeSpan.FromDays(366);
        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.OpenMenuAsync(page, "Business interests (PSD)");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Reviews due and overdue" }));
        await Expect(page.Locator("#reviews")).ToContainTextAsync(reference);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Review outcome", "Continue");
        await Keys.TypeAsync(page.GetByLabel("Note of the review", new() { Exact = true }), "Still suitable; no concerns raised");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the review" }));
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("next review on");
        await Expect(page.Locator("#reviews")).Not.ToContainTextAsync(reference);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task DeputyChiefConstableDismissesAnAppeal_CheckingTheDecisionFirst()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");

        // Cumbria: the deputy chief constable hears appeals; the demonstration data has one lodged.
        await Keys.SignInAsync(page, "dcc.cumbria");
        await Keys.OpenMenuAsync(page, "Business interest decisions");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Appeals awaiting your decision" }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^BI-") }).First);
        await Expect(page.Locator("#grounds")).ToBeVisibleAsync();
        var reference = Regex.Match(await page.Locator("h1").InnerTextAsync(), @"BI-\d{6}").Value;
        await Keys.ChooseAsync(page, "Appeal decision", "Appeal dismissed: refusal stands");
        await Keys.TypeAsync(page.GetByLabel("Reasons", new() { Exact = true }), "The original reasons stand");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator("#check-outcome")).ToHaveTextAsync("Appeal dismissed: refusal stands");
        await Expect(page.Locator("#check-reasons")).ToHaveTextAsync("The original reasons stand");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the appeal decision" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Appeal decision recorded");
        await Expect(page.Locator(".govuk-panel__body")).ToContainTextAsync(reference);
        await Expect(page.Locator("#next")).ToContainTextAsync("the refusal stands, with your reasons");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Back to appeals" }));
        await Expect(page.Locator("main")).Not.ToContainTextAsync(reference);
    }
}
