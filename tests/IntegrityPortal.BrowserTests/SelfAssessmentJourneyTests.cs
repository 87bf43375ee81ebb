using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>
/// The head of PSD rates an item still to rate in the current assessment as not met and sets an action for an
/// officer; the action is overdue, so the officer finds it on their home page and completes it.
/// </summary>
public class SelfAssessmentJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task HeadOfPsd_RatesAnItemAndSetsAnAction_AndItsOwnerCompletesIt()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        var today = UkTime.Today(TimeProvider.System).ToDateTime(TimeOnly.MinValue);
        string officer, current;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            officer = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Person!.Number).SingleAsync();
            var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            current = await db.Assessments.Where(a => a.ForceId == cumbria && a.CompletedOn == null).Select(a => a.Title).SingleAsync();
        }

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "head-of-psd.cumbria");
        await Keys.OpenMenuAsync(page, "Self-assessment");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Self-assessment");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = current }));
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Rate item 2", Exact = true }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether the force meets the item");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Does the force meet item 2?", "Not met");
        await Keys.TypeAsync(page.GetByLabel("Evidence (optional)"), "The media policy has not been reviewed since 2012.");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Item 2 rated not met");

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add an action to item 2", Exact = true }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("What is to be done"), "Review the media relationships policy");
        await Keys.TypeAsync(page.GetByLabel("Owner's collar or staff number"), officer);
        await Keys.DateAsync(page, "Due date", today.AddDays(-1));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }));
        await Expect(page.Locator("#item-2")).ToContainTextAsync("Review the media relationships policy");
        await Expect(page.Locator("#item-2")).ToContainTextAsync("Overdue");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Compare with the force's previous assessment" }));
        await Expect(page.Locator("#summary")).ToHaveTextAsync(new Regex(@"improved since"));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));

        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.ActivateAsync(page.Locator("#attention").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Self-assessment action overdue since") }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Review the media relationships policy");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "How does the action stand?", "Completed");
        await Keys.TypeAsync(page.GetByLabel("Progress note"), "Policy reviewed and republished for everyone to confirm.");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record progress" }));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Action completed.");
        await Expect(page.Locator("#notes")).ToContainTextAsync("Policy reviewed and republished");
        await AssertNoAxeViolationsAsync(page);
    }
}
