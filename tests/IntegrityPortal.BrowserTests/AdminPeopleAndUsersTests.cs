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
        await Keys.SignInAsync(page, "admin.cumbria");

        await Keys.OpenMenuAsync(page, "People");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a person" }));
        await AssertNoAxeViolationsAsync(page);

        // An officer without a rank: the form answers beside the field and keeps what was typed.
        await Keys.ChooseAsync(page, "Police officer or police staff", "Police officer");
        await Keys.TypeAsync(page.GetByLabel("Collar or staff number"), "4321");
        await Keys.TypeAsync(page.GetByLabel("Given name"), "Morwenna");
        await Keys.TypeAsync(page.GetByLabel("Family name"), "Tregear");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add person" }));
        await Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Morwenna");
        await AssertNoAxeViolationsAsync(page);

        await Keys.SelectAsync(page.GetByLabel("Rank (police officers)"), "Sergeant");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add person" }));
        // The person's own confirmation: who was added, and what the administrator does next.
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/People/Added/\\d+"));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Person added");
        await Expect(page.Locator("#reference")).ToHaveTextAsync("Morwenna Tregear, Sergeant");
        await Expect(page.Locator("#next")).ToContainTextAsync("create their account under user accounts");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Back to people" }));
        await Expect(page).ToHaveURLAsync(new Regex("/Admin/People$"));

        await Keys.OpenMenuAsync(page, "Users");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }));
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("User name"), "m.tregear");
        await Keys.TypeAsync(page.GetByLabel("Display name"), "Morwenna Tregear");
        await Keys.TickAsync(page.GetByLabel("Officer or staff member"));
        await Keys.TypeAsync(page.GetByLabel("Initial password"), "a long enough pass phrase");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create account" }));
        await Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Account created");
        await Expect(page.Locator("#reference")).ToHaveTextAsync("m.tregear");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));
        await Keys.SignInAsync(page, "m.tregear", "a long enough pass phrase");
        await Expect(page.Locator(".app-header__user-detail")).ToHaveTextAsync("Cumbria Constabulary · Officer or staff member");
    }

    [Fact]
    public async Task PsdOfficer_FiltersTheAuditTrail()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "psd.warwickshire");

        await Keys.OpenMenuAsync(page, "Audit trail");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(page.GetByLabel("Record type"), "Department");
        await Keys.SelectAsync(page.GetByLabel("Force", new() { Exact = true }), "West Mercia Police");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }));

        await Expect(page.Locator("#result-count")).ToHaveTextAsync("8 events");
        await AssertNoAxeViolationsAsync(page);
    }
}
