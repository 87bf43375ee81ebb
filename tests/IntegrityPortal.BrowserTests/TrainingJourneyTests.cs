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
        await SignInAsync(page, "psd.cumbria");
        await OpenMenuAsync(page, "Training register");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Training register");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a course" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the course" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the course's title");
        await AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Title").FillAsync("Vetting awareness");
        await ChooseAsync(page, "What is the course about?", "Vetting");
        await ChooseAsync(page, "Must people take it again every few years?", "Yes");
        await page.GetByLabel("Every how many years?").FillAsync("2");
        await ChooseAsync(page, "Who must take it?", "Named people (named posts)");
        await page.GetByLabel("Named people (when named people must take it)").FillAsync($"{officer}\n{manager}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the course" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Course ‘Vetting awareness’ added");
        await Expect(page.Locator("#list-nevertrained")).ToHaveTextAsync("Never trained: 2");
        await AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a session" }).ClickAsync();
        await FillDateAsync(page, "Date of the session", today);
        await page.GetByLabel("Trainer").FillAsync("Force vetting unit");
        await page.GetByLabel("Who attended (optional)").FillAsync(officer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the session" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("with 1 person attending");
        await Expect(page.Locator("#attendance")).ToContainTextAsync(officer);
        await AssertNoAxeViolationsAsync(page);

        // The manager signed the sheet too: imported from a file, with the same course, date and trainer.
        await OpenMenuAsync(page, "Training register");
        await page.GetByRole(AriaRole.Link, new() { Name = "import attendance from a CSV file" }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        var file = Path.Combine(Path.GetTempPath(), $"attendance-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"Course,Date,Trainer,Collar or staff number\nVetting awareness,{today:dd/MM/yyyy},Force vetting unit,{manager}\n");
        try
        {
            await page.GetByLabel("CSV file of attendance").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import the file" }).ClickAsync();
        }
        finally
        {
            File.Delete(file);
        }

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 row imported");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vetting awareness" }).ClickAsync();
        await Expect(page.Locator("#list-current")).ToHaveTextAsync("Up to date: 2");
        await page.Locator("#list-current").ClickAsync();
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("2 people");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();

        await SignInAsync(page, "officer.cumbria");
        await OpenMenuAsync(page, "Training");
        await Expect(page.Locator("#my-courses")).ToContainTextAsync("Vetting awareness");
        await Expect(page.Locator("#history")).ToContainTextAsync("Force vetting unit");
        await AssertNoAxeViolationsAsync(page);
    }
}
