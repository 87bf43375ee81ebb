using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class NavigationTests(BrowserFixture browser)
{
    /// <summary>Where each navigation link leads; the journey opens every link the account sees.</summary>
    private static readonly Dictionary<string, string> VisitableLinks = new()
    {
        ["Home"] = "/",
        ["Gifts and hospitality"] = "/Gifts/Declarations",
        ["My team"] = "/Gifts/Team",
        ["Gifts register"] = "/Gifts/Register",
        ["Media contacts"] = "/Media/Contacts",
        ["Media contact log"] = "/Media/Office",
        ["Investigations"] = "/Investigations",
        ["Audit trail"] = "/Audit",
        ["Business interests"] = "/BusinessInterests/Applications",
        ["Team applications"] = "/BusinessInterests/Team",
        ["Business interests (PSD)"] = "/BusinessInterests/Psd",
        ["Business interest decisions"] = "/BusinessInterests/Decisions",
        ["Forces"] = "/Admin/Forces",
        ["People"] = "/Admin/People",
        ["Users"] = "/Admin/Users",
        ["Governance reports"] = "/Reports",
        ["National comparison"] = "/Reports/National",
    };

    public static TheoryData<string, string, string, string[]> Accounts => new()
    {
        { "officer.cumbria", "Cumbria Constabulary", "Officer or staff member", ["Home", "Gifts and hospitality", "Business interests", "Media contacts"] },
        { "psd.warwickshire", "Warwickshire Police", "PSD officer", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Gifts register", "Business interests (PSD)", "Media contact log", "Investigations", "Audit trail"] },
        { "head-of-psd.thames-valley", "Thames Valley Police", "Head of PSD", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "My team", "Team applications", "Gifts register", "Business interests (PSD)", "Media contact log", "Investigations", "Business interest decisions", "Audit trail", "Governance reports"] },
        { "pcc.dyfed-powys", "Dyfed-Powys Police", "Police and crime commissioner", ["Home", "Governance reports"] },
        { "admin.avon-and-somerset", "Avon and Somerset Constabulary", "Administrator", ["Home", "Gifts and hospitality", "Business interests", "Media contacts", "Forces", "People", "Users"] },
        { "admin", "All forces", "Administrator", ["Home", "Audit trail", "Governance reports", "National comparison", "Forces", "People", "Users"] },
        { "inspector", "All forces", "Inspector (HMIC)", ["Home", "Audit trail", "Governance reports", "National comparison"] },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task SignedIn_HeaderAndNavigationFitTheAccount_AndSignOutReturnsToSignIn(string userName, string force, string role, string[] links)
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await SignInAsync(page, userName);

        await Expect(page).ToHaveURLAsync(session.Server.BaseAddress.ToString());
        await Expect(page.Locator(".app-header__user-detail")).ToHaveTextAsync($"{force} · {role}");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(navigation.GetByRole(AriaRole.Link)).ToHaveTextAsync(links);
        await AssertNoAxeViolationsAsync(page);

        foreach (var link in links.Where(VisitableLinks.ContainsKey))
        {
            await navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Uri(session.Server.BaseAddress, VisitableLinks[link]).ToString());
            await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveAttributeAsync("aria-current", "true");
            await AssertNoAxeViolationsAsync(page);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in to Integrity Portal");
        await Expect(page.Locator(".app-header__user")).ToHaveCountAsync(0);
        await AssertNoAxeViolationsAsync(page);
    }
}
