using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnonymousVisitor_ToHome_IsSentToSignIn()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/SignIn"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Integrity Portal");
        await Expect(page.Locator(".govuk-service-navigation")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task KeyboardOnly_TabReachesSkipLinkThenFields_EnterSignsIn()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await AssertNoAxeViolationsAsync(page);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        // Then the header's service name, which links home, then the form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Integrity Portal", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("User name", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("officer.cumbria");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(IntegrityPortal.Core.Demo.DemoDataSeeder.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(session.Server.BaseAddress.ToString());
        await Expect(page.Locator(".app-header__user-detail")).ToContainTextAsync("Cumbria Constabulary");
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task KeyboardOnly_SkipLinkMovesFocusToMainContent()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");

        await Expect(page.GetByLabel("User name", new() { Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsErrorSummaryAndFieldError()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");

        await SignInAsync(page, "officer.cumbria", "not-the-right-password");

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Sign in"));
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter a correct user name and password"]);
        await Expect(page.Locator("#Input_UserName-error")).ToContainTextAsync("Enter a correct user name and password");
        await Expect(page.Locator(".app-header__user")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page);
    }
}
