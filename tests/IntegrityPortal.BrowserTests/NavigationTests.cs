using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class NavigationTests(BrowserFixture browser)
{
    /// <summary>Where each group of the navigation leads (its first page the account may open).</summary>
    private static readonly Dictionary<string, string> VisitableLinks = new()
    {
        ["Home"] = "/",
        ["My records"] = "/Gifts/Declarations",
        ["My team"] = "/Gifts/Team",
        ["Professional standards"] = "/Gifts/Register",
        ["Administration"] = "/Admin/Forces",
    };

    /// <summary>The top row of the navigation: the groups of each account's work.</summary>
    public static TheoryData<string, string, string, string[]> Accounts => new()
    {
        { "officer.cumbria", "Cumbria Constabulary", "Officer or staff member", ["Home", "My records"] },
        { "psd.warwickshire", "Warwickshire Police", "PSD officer", ["Home", "My records", "Professional standards", "Governance"] },
        { "head-of-psd.thames-valley", "Thames Valley Police", "Head of PSD", ["Home", "My records", "My team", "Professional standards", "Governance"] },
        { "pcc.dyfed-powys", "Dyfed-Powys Police", "Police and crime commissioner", ["Home", "Governance"] },
        { "admin.avon-and-somerset", "Avon and Somerset Constabulary", "Administrator", ["Home", "My records", "Administration"] },
        { "admin", "All forces", "Administrator", ["Home", "Governance", "Administration"] },
        { "inspector", "All forces", "Inspector (HMIC)", ["Home", "Governance"] },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task SignedIn_HeaderAndNavigationFitTheAccount_AndSignOutReturnsToSignIn(string userName, string force, string role, string[] links)
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, userName);

        await Expect(page).ToHaveURLAsync(session.Server.BaseAddress.ToString());
        await Expect(page.Locator(".app-header__user-detail")).ToHaveTextAsync($"{force} · {role}");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(links);
        await AssertNoAxeViolationsAsync(page);

        foreach (var link in links.Where(VisitableLinks.ContainsKey))
        {
            await Keys.ActivateAsync(navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }));

            await Expect(page).ToHaveURLAsync(new Uri(session.Server.BaseAddress, VisitableLinks[link]).ToString());
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveAttributeAsync("aria-current", "true");
            await AssertNoAxeViolationsAsync(page);
        }

        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }));

        await Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Integrity Portal");
        await Expect(page.Locator(".app-header__user")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page);
    }
}
