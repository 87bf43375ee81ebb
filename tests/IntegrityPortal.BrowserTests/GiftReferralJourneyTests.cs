using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>PSD refers a declaration for investigation and opens the case in the same step, with the keyboard alone.</summary>
public class GiftReferralJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Psd_ReviewsADeclarationAsReferred_OpensACaseInTheSameStep_AndFollowsTheLinkToIt()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        int declarationId;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            // A declaration of Cumbria awaiting review that is not the PSD officer's own.
            var psdPerson = await db.Users.Where(u => u.UserName == "psd.cumbria").Select(u => u.PersonId).SingleAsync();
            declarationId = await db.GiftDeclarations
                .Where(d => d.Force!.Code == "cumbria" && d.ReviewStatus == ReviewStatus.AwaitingReview && d.DeclarantId != psdPerson)
                .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        }

        var reference = $"GH-{declarationId:D6}";
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "psd.cumbria");
        await page.GotoAsync($"/Gifts/Register/View/{declarationId}");
        await AssertNoAxeViolationsAsync(page);

        // The follow-up questions appear only once "referred for investigation" is chosen.
        var whichCase = page.GetByRole(AriaRole.Group, new() { Name = "Which case is it referred to?", Exact = true });
        await Expect(whichCase).ToBeHiddenAsync();
        await Keys.ChooseAsync(page.GetByLabel("Referred for investigation", new() { Exact = true }));
        await Expect(whichCase).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Open case of Cumbria Constabulary", new() { Exact = true })).ToBeHiddenAsync();

        // Without a choice of case, the answer is beside the question.
        await Keys.TypeAsync(page.GetByLabel("Note", new() { Exact = true }), "Offer from a supplier during its tender");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record review" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether to open a new case or link an existing case");
        await Expect(page.Locator("#Review_Referral-error")).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);

        // The note typed is kept; the choice of case is reached by Tab from where the error page leaves the focus.
        await Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("Offer from a supplier during its tender");
        await Keys.ChooseAsync(whichCase.GetByLabel("Open a new case", new() { Exact = true }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record review" }));

        // A new case: its confirmation, which leads back to the declaration.
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Case opened");
        await Expect(page.Locator("#referred")).ToContainTextAsync(reference);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#back-to-declaration"));
        await Expect(page.Locator("#review-status")).ToHaveTextAsync("Referred for investigation");
        await AssertNoAxeViolationsAsync(page);
        var caseLink = page.Locator("#review-cases a");
        var caseReference = (await caseLink.TextContentAsync())!.Trim();
        await Keys.ActivateAsync(caseLink);

        await Expect(page).ToHaveURLAsync(new Regex(@"/Investigations/View/\d+"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(caseReference);
        await Expect(page.Locator("#category")).ToHaveTextAsync("Gifts and hospitality");
        await Expect(page.Locator("#origin")).ToHaveTextAsync("Internal referral");
        await Expect(page.Locator("#links")).ToContainTextAsync(reference);
        await Expect(page.Locator("#people tbody tr")).ToHaveCountAsync(1);
        await AssertNoAxeViolationsAsync(page);
    }
}
