using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class AdminForcesTests(BrowserFixture browser)
{
    [Fact]
    public async Task ForceAdministrator_ChangesPsdName_SeesSuccessBanner()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "admin.cumbria");

        await Keys.OpenMenuAsync(page, "Forces");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forces");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Change settings for Cumbria Constabulary" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Force settings");
        await AssertNoAxeViolationsAsync(page);

        var psdName = page.GetByLabel("Name of the professional standards department");
        await Expect(psdName).ToHaveValueAsync("Professional Standards Department");
        await Keys.TypeAsync(psdName, "Cumbria Professional Standards");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }));

        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Forces$"));
        var banner = page.GetByRole(AriaRole.Alert);
        await Expect(banner).ToContainTextAsync("Settings for Cumbria Constabulary saved");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Cumbria Constabulary" })).ToContainTextAsync("Cumbria Professional Standards");
        await AssertNoAxeViolationsAsync(page);

        await using var db = TestDatabase.OpenAsSystem(session.Server.DatabasePath);
        var saved = await db.ForceSettings.Where(s => s.Force!.Code == "cumbria").Select(s => s.ProfessionalStandardsName).SingleAsync();
        Assert.Equal("Cumbria Professional Standards", saved);
    }
}
