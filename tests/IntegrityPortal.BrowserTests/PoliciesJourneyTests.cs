using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>
/// PSD publishes a new gifts policy version with a two-question check; the officer sees the task,
/// fails the check once, passes and confirms; the compliance page counts the confirmation. The
/// force requires reviewers to confirm first, so PSD, who has not confirmed the new version, is
/// shown the policy instead of the review form.
/// </summary>
public class PoliciesJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Psd_PublishesAVersionWithACheck_TheOfficerFailsOncePassesAndConfirms_AndComplianceMoves()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        var today = UkTime.Today(TimeProvider.System).ToDateTime(TimeOnly.MinValue);

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "admin.cumbria");
        await Keys.OpenMenuAsync(page, "Forces");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Change settings for Cumbria Constabulary" }));
        await Keys.ChooseAsync(page, "Must those who review or decide a register's records first confirm the current version of its policy?", "Yes");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Settings for Cumbria Constabulary saved");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));

        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.OpenMenuAsync(page, "Policies");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Policies");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Cumbria Constabulary gifts and hospitality policy" }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a new version" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Add a new version");
        await AssertNoAxeViolationsAsync(page);

        // Nothing filled in: every problem beside its field.
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date it comes into force");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what changed in this version");
        await AssertNoAxeViolationsAsync(page);

        await Keys.DateAsync(page, "Date it comes into force", today.AddDays(7));
        await Keys.TypeAsync(page.GetByLabel("What changed in this version"), "Hospitality from a supplier in a live tender must always be declined.");
        await Keys.DateAsync(page, "Date to read it by", today.AddDays(28));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Check your answers before publishing");
        await AssertNoAxeViolationsAsync(page);

        foreach (var (question, right, wrong) in new[]
                 {
                     ("May you accept hospitality from a supplier in a live tender?", "No, always decline it", "Yes, if you declare it"),
                     ("Which offers must you declare?", "Every offer, whatever its value", "Offers worth £25 or more"),
                 })
        {
            await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a question" }));
            await AssertNoAxeViolationsAsync(page);
            await Keys.TypeAsync(page.GetByLabel("Question", new() { Exact = true }), question);
            await Keys.TypeAsync(page.GetByRole(AriaRole.Textbox, new() { Name = "Option 1", Exact = true }), wrong);
            await Keys.TypeAsync(page.GetByRole(AriaRole.Textbox, new() { Name = "Option 2", Exact = true }), right);
            await Keys.ChooseAsync(page, "Which option is the right answer?", "Option 2");
            await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the question" }));
            await Expect(page.Locator("#questions")).ToContainTextAsync(question);
        }

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Publish" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Version published");
        await Expect(page.Locator("#version-number")).ToHaveTextAsync("version 3");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "See who has confirmed it" }));
        await Expect(page.Locator("#summary")).ToContainTextAsync(new Regex(@"^0 of \d+ \(0%\)"));
        await AssertNoAxeViolationsAsync(page);
        var compliance = page.Url;
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));

        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.ActivateAsync(page.Locator("#attention").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("gifts and hospitality policy \\(version 3\\)") }));
        await Expect(page.Locator("#task")).ToContainTextAsync("You must read this policy");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Continue" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Confirm you have read and understood it");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ChooseAsync(page, "Question 1: May you accept hospitality from a supplier in a live tender?", "No, always decline it");
        await Keys.ChooseAsync(page, "Question 2: Which offers must you declare?", "Offers worth £25 or more");
        await Keys.TickAsync(page.GetByLabel("I have read and understood this policy"));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("You answered 1 of 2 correctly and needed 2");
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("answer question 2 again");
        await Expect(page.Locator(".govuk-error-summary")).Not.ToContainTextAsync("Every offer");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ChooseAsync(page, "Question 1: May you accept hospitality from a supplier in a live tender?", "No, always decline it");
        await Keys.ChooseAsync(page, "Question 2: Which offers must you declare?", "Every offer, whatever its value");
        await Keys.TickAsync(page.GetByLabel("I have read and understood this policy"));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }));
        await Expect(page.Locator("#confirmed")).ToContainTextAsync("You confirmed you had read and understood this version");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));

        await Keys.SignInAsync(page, "psd.cumbria");
        await page.GotoAsync(compliance + "?show=confirmed");
        await Expect(page.Locator("#summary")).ToContainTextAsync(new Regex(@"^1 of \d+ \("));
        await Expect(page.Locator("#people")).ToContainTextAsync("Constable");
        await AssertNoAxeViolationsAsync(page);

        // PSD has not confirmed version 3 themselves: a declaration shows the policy, not the review form.
        await Keys.OpenMenuAsync(page, "Gifts register");
        await Keys.ActivateAsync(page.Locator("table tbody a[href^='/Gifts/Register/View/']").First);
        await Expect(page.Locator("#policy-block")).ToContainTextAsync("You cannot record a decision here until you have read and confirmed");
        await Expect(page.Locator("#review-form")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Read and confirm .*gifts and hospitality policy \\(version 3\\)") }));
        await Expect(page.Locator("#task")).ToContainTextAsync("You must read this policy");
    }
}
