using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Testing;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class InvestigationsJourneyTests(BrowserFixture browser)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task OfficerLogsAContact_PressOfficeFlagsIt_PsdOpensACaseListsWhoSpokeToTheOutletAndClosesIt()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        var contactedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, London)).AddDays(-1);

        // An officer logs a pre-arranged meeting with a journalist of a new outlet.
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.OpenMenuAsync(page, "Media contacts");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Log a contact" }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.DateAsync(page, "Date of the contact", contactedOn.ToDateTime(TimeOnly.MinValue));
        await Keys.TimeAsync(page, "Time", "10:30");
        await Keys.TypeAsync(page.GetByLabel("Journalist's name", new() { Exact = true }), "Alex Scoop");
        await Keys.AddNewInPickerAsync(page, "outlet", "Lakeland Herald");
        await Keys.ChooseAsync(page, "How did the contact take place?", "Meeting");
        await Keys.ChooseAsync(page, "Was the contact pre-arranged?", "Yes");
        await Keys.ChooseAsync(page, "Was it a visit to a media establishment?", "No");
        await Keys.TypeAsync(page.GetByLabel("Subject", new() { Exact = true }), "Briefing on the Keswick burglaries");
        await Keys.TypeAsync(page.GetByLabel("What did you disclose?", new() { Exact = true }), "That two arrests had been made");
        await Keys.ChooseAsync(page, "Was the contact authorised?", "Yes");
        await Keys.TypeAsync(page.GetByLabel("Who authorised it? (if it was authorised)", new() { Exact = true }), "Ch Insp Walker");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Log the contact" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^media contact MC-") }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Media/Contacts/View/\d+"));
        await AssertNoAxeViolationsAsync(page);
        var contactId = int.Parse(Regex.Match(page.Url, @"/View/(\d+)").Groups[1].Value);
        var contactReference = $"MC-{contactId:D6}";
        await Keys.SignOutAsync(page);

        // The press office flags it as a suspected leak.
        await Keys.SignInAsync(page, "press-office.cumbria");
        await Keys.OpenMenuAsync(page, "Media contact log");
        await Keys.TypeAsync(page.GetByLabel("Outlet starts with", new() { Exact = true }), "Lakeland Herald");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = contactReference }));
        await Expect(page).ToHaveURLAsync(new Regex($@"/Media/Office/View/{contactId}"));
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Flag this contact as a suspected leak", new() { Exact = true }), "Names of the arrested men appeared in the Herald next day");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Flag as a suspected leak" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Suspected leak flagged");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = $"Back to media contact {contactReference}" }));
        await Expect(page.Locator("#flags")).ToContainTextAsync("Awaiting PSD");
        await Keys.SignOutAsync(page);

        // PSD sees the flag waiting, lists who spoke to the outlet that month, and opens a case from it.
        await Keys.SignInAsync(page, "psd.cumbria");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#attention").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("suspected leaks? awaiting PSD") }));
        await Expect(page).ToHaveURLAsync(new Regex("/Investigations/Leaks"));
        await AssertNoAxeViolationsAsync(page);
        var card = page.Locator(".govuk-summary-card", new() { HasText = "Lakeland Herald" });

        await Keys.ActivateAsync(card.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Who logged contact") }));
        await Keys.TypeAsync(page.GetByLabel("Journalist's name starts with", new() { Exact = true }), "");
        await Keys.DateAsync(page, "From", new DateTime(contactedOn.Year, contactedOn.Month, 1));
        await Keys.DateAsync(page, "To", new DateTime(contactedOn.Year, contactedOn.Month, 1).AddMonths(1).AddDays(-1));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "List contacts" }));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("1 contact");
        await Expect(page.Locator("#contacts")).ToContainTextAsync("Briefing on the Keswick burglaries");
        await Expect(page.Locator("#contacts")).ToContainTextAsync("Meeting");
        await AssertNoAxeViolationsAsync(page);

        await Keys.OpenMenuAsync(page, "Home");
        await Keys.ActivateAsync(page.Locator("#attention").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("suspected leaks? awaiting PSD") }));
        await Keys.ActivateAsync(card.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Open a case") }));
        await AssertNoAxeViolationsAsync(page);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Category", Exact = true }).Locator("input[value=InappropriateDisclosureToMedia]")).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "How the case arose", Exact = true }).Locator("input[value=PressOfficeFlag]")).ToBeCheckedAsync();
        // The person who logged the contact is offered as the person concerned.
        var personField = page.GetByLabel("Collar or staff number of the person concerned (optional)", new() { Exact = true });
        await Expect(personField).Not.ToBeEmptyAsync();
        var personNumber = await personField.InputValueAsync();
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Open the case" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Case opened");
        await Expect(page.Locator("#next")).ToContainTextAsync("is answered");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Go to case INV-") }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Investigations/View/\d+"));
        await Expect(page.Locator("#links")).ToContainTextAsync(contactReference);
        await Expect(page.Locator("#people")).ToContainTextAsync(personNumber);
        await AssertNoAxeViolationsAsync(page);

        // A log entry, then the case is closed with an outcome: each step on its own page, back to the case after it.
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Add to the log") }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Investigations/AddToLog/\d+"));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add to the log" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the log entry");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Log entry", new() { Exact = true }), "Officer interviewed; the names came from the court list");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add to the log" }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Investigations/View/\d+"));
        await Expect(page.Locator("#log")).ToContainTextAsync("the names came from the court list");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Close the case") }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Investigations/Close/\d+"));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ChooseAsync(page, "Outcome", "No case to answer");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Close the case" }));
        await Expect(page.Locator("#status")).ToHaveTextAsync("Closed");
        await Expect(page.Locator("#outcome")).ToContainTextAsync("No case to answer");
        await Expect(page.Locator("#reopen")).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task PsdAnswersAFlagWithNoCase_CheckingTheNoteFirst_AndEndsOnItsConfirmation()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        string reference;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            var contact = await SuspectedLeakData.ContactAsync(db, "officer.cumbria", "Pat Inkwell", "Solway Standard", DateTime.UtcNow.AddDays(-2));
            reference = (await SuspectedLeakData.FlagAsync(db, contact)).Reference;
        }

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.ActivateAsync(page.Locator("#attention").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("suspected leaks? awaiting PSD") }));
        var card = page.Locator(".govuk-summary-card", new() { HasText = "Solway Standard" });
        await Keys.ActivateAsync(card.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record no case") }));
        await AssertNoAxeViolationsAsync(page);

        // Continue without a note: the answer is beside the field.
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator("#Input_PsdNote-error")).ToContainTextAsync("Enter why no case is opened");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Why is no case opened?", new() { Exact = true }), "The details were in the force's own release");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Expect(page.Locator("#check-note")).ToHaveTextAsync("The details were in the force's own release");
        await AssertNoAxeViolationsAsync(page);

        // Change, then continue again with the note as typed.
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Change the note" }));
        await Expect(page.GetByLabel("Why is no case opened?", new() { Exact = true })).ToHaveValueAsync("The details were in the force's own release");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record no case" }));

        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("No case recorded");
        await Expect(page.Locator("#reference")).ToHaveTextAsync(reference);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#back-to-list"));
        await Expect(page.Locator(".govuk-summary-card", new() { HasText = "Solway Standard" })).ToHaveCountAsync(0);
    }
}
