using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class AdminPeopleAndUsersTests(BrowserFixture browser)
{
    [Fact]
    public async Task ForceAdministrator_AddsAPersonWithAMistake_ThenGivesThemAnAccount()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await SignInAsync(page, "admin.cumbria");

        await OpenMenuAsync(page, "People");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a person" }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);

        // An officer without a rank: the form answers beside the field and keeps what was typed.
        await ChooseAsync(page, "Police officer or police staff", "Police officer");
        await page.GetByLabel("Collar or staff number").FillAsync("4321");
        await page.GetByLabel("Given name").FillAsync("Morwenna");
        await page.GetByLabel("Family name").FillAsync("Tregear");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Morwenna");
        await AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Rank (police officers)").SelectOptionAsync(new SelectOptionValue { Label = "Sergeant" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/People"));
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tregear");
        await AssertNoAxeViolationsAsync(page);

        await OpenMenuAsync(page, "Users");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("User name").FillAsync("m.tregear");
        await page.GetByLabel("Display name").FillAsync("Morwenna Tregear");
        await page.GetByLabel("Officer or staff member").CheckAsync();
        await page.GetByLabel("Initial password").FillAsync("a long enough pass phrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/Users"));
        await AssertNoAxeViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await SignInAsync(page, "m.tregear", "a long enough pass phrase");
        await Expect(page.Locator(".app-header__user-detail")).ToHaveTextAsync("Cumbria Constabulary · Officer or staff member");
    }

    [Fact]
    public async Task PsdOfficer_FiltersTheAuditTrail()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await SignInAsync(page, "psd.warwickshire");

        await OpenMenuAsync(page, "Audit trail");
        await AssertNoAxeViolationsAsync(page);
        await page.GetByLabel("Record type").FillAsync("Department");
        await page.GetByLabel("Force", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "West Mercia Police" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Expect(page.Locator("#result-count")).ToHaveTextAsync("8 events");
        await AssertNoAxeViolationsAsync(page);
    }
}
