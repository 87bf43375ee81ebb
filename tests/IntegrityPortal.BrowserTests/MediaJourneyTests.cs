using System.Globalization;
using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class MediaJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task OfficerLogsAPreArrangedContact_PressOfficeAcknowledgesItAndFlagsItAsASuspectedLeak()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria");

        // A pre-arranged meeting three days ahead, logged in advance as Cumbria requires.
        await Keys.OpenMenuAsync(page, "Media contacts");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Log a contact" }));
        await Expect(page.Locator("#department-told")).ToHaveTextAsync("Your force's Marketing and Communications Department is told of every contact you log.");
        await AssertNoAxeViolationsAsync(page);
        var when = TimeProvider.System.Today().AddDays(3);
        await Keys.DateAsync(page, "Date of the contact", when.ToDateTime(TimeOnly.MinValue));
        await Keys.TimeAsync(page, "Time", "10:30");
        await Keys.TypeAsync(page.GetByLabel("Journalist's name", new() { Exact = true }), "Eleanor Birkett");
        await Keys.AddNewInPickerAsync(page, "outlet", "Cumbrian Evening Chronicle");
        await Keys.ChooseAsync(page, "How did the contact take place?", "Meeting");
        await Keys.ChooseAsync(page, "Was the contact pre-arranged?", "Yes");
        await Keys.ChooseAsync(page, "Was it a visit to a media establishment?", "No");
        await Keys.ChooseAsync(page, "Was the contact authorised?", "No");
        await Keys.TypeAsync(page.GetByLabel("Subject", new() { Exact = true }), "Briefing on the rural crime initiative");
        await Keys.TypeAsync(page.GetByLabel("What did you disclose?", new() { Exact = true }), "The launch date and the published figures");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        // Check your answers, then the confirmation panel.
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your answers before logging the contact");
        await Expect(page.Locator("#answers")).ToContainTextAsync("10:30");
        await Expect(page.Locator("#answers")).ToContainTextAsync("Cumbrian Evening Chronicle (new)");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Log the contact" }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Media/Contacts/Logged/\d+"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Contact logged");
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("Your force's Marketing and Communications Department has been told.");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^media contact MC-") }));
        await Expect(page).ToHaveURLAsync(new Regex(@"/Media/Contacts/View/\d+"));
        await Expect(page.Locator("#logged")).ToContainTextAsync("(in advance)");
        await AssertNoAxeViolationsAsync(page);
        var id = Regex.Match(page.Url, @"/View/(\d+)").Groups[1].Value;
        var reference = $"MC-{int.Parse(id, CultureInfo.InvariantCulture):D6}";
        await Keys.SignOutAsync(page);

        // The department finds it, acknowledges it and flags it as a suspected leak.
        await Keys.SignInAsync(page, "press-office.cumbria");
        await Expect(page.Locator("#attention")).ToContainTextAsync("media contacts to acknowledge");
        await Keys.OpenMenuAsync(page, "Media contact log");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Outlet starts with", new() { Exact = true }), "Cumbrian Evening");
        await Keys.TickAsync(page.GetByLabel("Pre-arranged only", new() { Exact = true }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("1 contact");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = reference }));
        await Expect(page.Locator("#journalist")).ToHaveTextAsync("Eleanor Birkett");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the contact" }));
        await Expect(page.Locator("#confirmation")).ToHaveTextAsync($"{reference} acknowledged");
        await AssertNoAxeViolationsAsync(page);

        await Keys.TypeAsync(page.GetByLabel("Flag this contact as a suspected leak", new() { Exact = true }), "The Chronicle printed the suspect's name the day after the briefing; it was not in our release.");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Flag as a suspected leak" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Suspected leak flagged");
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("is awaiting PSD");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = $"Back to media contact {reference}" }));
        await Expect(page.Locator("#flags")).ToContainTextAsync("Awaiting PSD");

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Back to media contacts" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Suspected leaks flagged" }));
        await Expect(page.Locator("#flags tbody tr").Filter(new() { HasText = reference })).ToContainTextAsync("Awaiting PSD");
        await AssertNoAxeViolationsAsync(page);

        // The department's other pages pass too.
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Flag an article as a suspected leak" }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.OpenMenuAsync(page, "Media contact log");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Chief officers' contacts for the quarterly publication" }));
        await Expect(page).ToHaveURLAsync(new Regex("/Media/Office/Export"));
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task OfficerCompletesAPreArrangedContactAfterItHappened_AndTheVersionLoggedInAdvanceIsKept()
    {
        await using var session = await PortalSession.StartAsync(browser);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            // Logged two days ahead of a briefing that took place two hours ago.
            var personId = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId).SingleAsync();
            var person = await db.People.SingleAsync(p => p.Id == personId);
            var outlet = await db.Organisations.SingleOrDefaultAsync(o => o.ForceId == person.ForceId && o.Name == "Eden Valley Courier");
            if (outlet is null)
            {
                outlet = new Organisation { ForceId = person.ForceId, Name = "Eden Valley Courier" };
                db.Organisations.Add(outlet);
                await db.SaveChangesAsync();
            }

            var contact = await new MediaWorkflow(db).LogAsync(person, new MediaContactDetails
            {
                ContactedUtc = DateTime.UtcNow.AddHours(-2),
                JournalistName = "Mary Appleby",
                OutletId = outlet.Id,
                Method = MediaContactMethod.Meeting,
                WasPreArranged = true,
                Subject = "Planned briefing on rural thefts",
                Disclosed = "Nothing yet: the briefing is to come",
                WasAuthorised = false,
            });
            contact.RecordedUtc = DateTime.UtcNow.AddDays(-2);
            await db.SaveChangesAsync();
            id = contact.Id;
        }

        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.OpenMenuAsync(page, "Media contacts");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = $"MC-{id:D6}", Exact = true }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Complete this contact now it has happened" }));
        await Expect(page.Locator("#Input_Subject")).ToHaveValueAsync("Planned briefing on rural thefts");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("What did you disclose?", new() { Exact = true }), "The number of thefts this year and the crime prevention advice");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        // Check your answers, then the confirmation panel, then the contact with both versions.
        await Expect(page).ToHaveURLAsync(new Regex(@"/Media/Contacts/CompleteCheck\?draft="));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Complete the contact" }));
        await Expect(page).ToHaveURLAsync(new Regex($@"/Media/Contacts/Completed/{id}$"));
        await Expect(page.Locator("#confirmation")).ToContainTextAsync("What you logged in advance is kept as version 1");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = $"media contact MC-{id:D6}" }));

        await Expect(page).ToHaveURLAsync(new Regex($@"/Media/Contacts/View/{id}$"));
        await Expect(page.Locator("#version-1 + dl")).ToContainTextAsync("Nothing yet: the briefing is to come");
        await Expect(page.Locator("#version-2 + dl")).ToContainTextAsync("The number of thefts this year");
        await AssertNoAxeViolationsAsync(page);
    }
}
