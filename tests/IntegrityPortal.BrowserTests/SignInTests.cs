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
        // Then the header's service name, which links home, the phase banner's feedback link, then the form.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Integrity Portal", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tell us what you think or report a problem" })).ToBeFocusedAsync();
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

        await Keys.SignInAsync(page, "officer.cumbria", "not-the-right-password");

        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: Sign in"));
        var summary = page.Locator(".govuk-error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter a correct user name and password"]);
        await Expect(page.Locator("#Input_UserName-error")).ToContainTextAsync("Enter a correct user name and password");
        await Expect(page.Locator(".app-header__user")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page);
    }

    [Fact]
    public async Task TwoFactor_SetUpFromTheKeyOnThePage_SignOut_ThenSignInWithACode()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "psd.cumbria");

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Two-factor authentication" }));
        await Expect(page.Locator("#two-factor-status")).ToContainTextAsync("password only");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to scan with your authenticator app" })).ToBeVisibleAsync();
        await AssertNoAxeViolationsAsync(page);
        var key = (await page.Locator("#authenticator-key").TextContentAsync())!.Replace(" ", string.Empty).ToUpperInvariant();
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        await Keys.TypeAsync(page.GetByLabel("Code from the app"), totp.ComputeTotp(DateTime.UtcNow));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Set up", Exact = true }));

        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue to the portal" }));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Keys.SignInAsync(page, "psd.cumbria");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter the code from your authenticator app");
        await AssertNoAxeViolationsAsync(page);
        // The set-up used this 30-second step's code, and a code works once: the app's next one.
        await Keys.TypeAsync(page.GetByLabel("Code", new() { Exact = true }), totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        await Expect(page).ToHaveURLAsync(session.Server.BaseAddress.ToString());
        await Expect(page.Locator(".app-header__user-detail")).ToContainTextAsync("Cumbria Constabulary");
    }

    [Fact]
    public async Task TooManySignInAttempts_ShowTheTooManyRequestsPage()
    {
        // Its own server, with a limit a journey can reach.
        await using var session = await PortalSession.StartAsync(browser, settings: new Dictionary<string, string?> { ["RateLimits:SignInPerAddress"] = "2" });
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "officer.cumbria", "not-the-right-password");
        await Keys.SignInAsync(page, "officer.cumbria", "not-the-right-password");

        var response = await page.RunAndWaitForResponseAsync(
            () => Keys.SignInAsync(page, "officer.cumbria", "not-the-right-password"),
            r => r.Url.EndsWith("/Account/SignIn") && r.Request.Method == "POST");

        Assert.Equal(429, response.Status);
        Assert.NotNull(await response.HeaderValueAsync("retry-after"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Too many requests");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Too many requests"));
        await AssertNoAxeViolationsAsync(page);
    }
}
