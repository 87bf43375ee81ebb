using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Core;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>
/// PSD adds a course for named people, records a session with the officer attending, and imports
/// the manager's attendance from a file; the coverage moves from never trained to up to date, and
/// the officer finds the session in their own training.
/// </summary>
public class TrainingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Psd_AddsACourse_RecordsASessionAndImportsAttendance_AndTheOfficerSeesTheirTraining()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        var today = UkTime.Today(TimeProvider.System).ToDateTime(TimeOnly.MinValue);
        string officer, manager;
        await using (var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath))
        {
            officer = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Person!.Number).SingleAsync();
            manager = await db.Users.Where(u => u.UserName == "manager.cumbria").Select(u => u.Person!.Number).SingleAsync();
        }

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "psd.cumbria");
        await Keys.OpenMenuAsync(page, "Training register");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Training register");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a course" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the course" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the course's title");
        await AssertNoAxeViolationsAsync(page);

        await Keys.TypeAsync(page.GetByLabel("Title"), "Vetting awareness");
        await Keys.ChooseAsync(page, "What is the course about?", "Vetting");
        await Keys.ChooseAsync(page, "Must people take it again every few years?", "Yes");
        await Keys.TypeAsync(page.GetByLabel("Every how many years?"), "2");
        await Keys.ChooseAsync(page, "Who must take it?", "Named people (named posts)");
        await Keys.TypeAsync(page.GetByLabel("Named people (when named people must take it)"), $"{officer}\n{manager}");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the course" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Course added");
        await Expect(page.Locator("#reference")).ToHaveTextAsync("Vetting awareness");
        await Expect(page.Locator("#next")).ToContainTextAsync("Record each session as it is held");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Go to the course Vetting awareness" }));
        await Expect(page.Locator("#list-nevertrained")).ToHaveTextAsync("Never trained: 2");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Record a session" }));
        await Keys.DateAsync(page, "Date of the session", today);
        await Keys.TypeAsync(page.GetByLabel("Trainer"), "Force vetting unit");
        await Keys.TypeAsync(page.GetByLabel("Who attended (optional)"), officer);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Record the session" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Session recorded");
        await Expect(page.Locator("#attended-count")).ToHaveTextAsync("1 person");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.Locator("#go-to-session"));
        await Expect(page.Locator("#attendance")).ToContainTextAsync(officer);
        await AssertNoAxeViolationsAsync(page);

        // The manager signed the sheet too: imported from a file, with the same course, date and trainer.
        await Keys.OpenMenuAsync(page, "Training register");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "import attendance from a CSV file" }));
        await AssertNoAxeViolationsAsync(page);
        var sheet = $"Course,Date,Trainer,Collar or staff number\nVetting awareness,{today:dd/MM/yyyy},Force vetting unit,{manager}\n";
        await Keys.ChooseFileAsync(page.GetByLabel("CSV file of attendance"),
            new FilePayload { Name = "attendance.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(sheet) });
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }));

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 row imported");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Vetting awareness" }));
        await Expect(page.Locator("#list-current")).ToHaveTextAsync("Up to date: 2");
        await Keys.ActivateAsync(page.Locator("#list-current"));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("2 people");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));

        await Keys.SignInAsync(page, "officer.cumbria");
        await Keys.OpenMenuAsync(page, "Training");
        await Expect(page.Locator("#my-courses")).ToContainTextAsync("Vetting awareness");
        await Expect(page.Locator("#history")).ToContainTextAsync("Force vetting unit");
        await AssertNoAxeViolationsAsync(page);
    }
}
