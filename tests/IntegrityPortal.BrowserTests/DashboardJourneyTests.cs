using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class DashboardJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task PccReadsTheDashboardWithAndWithoutJavaScript_ThenTheDccReadsTheBoard()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;

        // The PCC finds the force's dashboard from the governance reports.
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "pcc.cumbria");
        await Keys.OpenMenuAsync(page, "Governance reports");
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Integrity dashboard") }));
        await Expect(page).ToHaveURLAsync(new Regex("/Reports/cumbria/Dashboard$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Integrity dashboard", Level = 1 })).ToBeVisibleAsync();

        // With JavaScript, each table has its chart drawn above it, and the table stays.
        var charts = page.Locator("table[data-chart]");
        var count = await charts.CountAsync();
        Assert.True(count >= 10, $"{count} chart tables");
        await Expect(page.Locator("[data-chart-holder] canvas")).ToHaveCountAsync(count);
        await Expect(page.Locator("#gifts-declarations canvas")).ToBeVisibleAsync();
        Assert.Equal("img", await page.Locator("#gifts-declarations canvas").GetAttributeAsync("role"));
        await Expect(page.Locator("#gifts-declarations-table")).ToBeVisibleAsync();
        await Expect(page.Locator("#gifts-declarations-reading")).ToContainTextAsync("Declarations made:");
        await AssertNoAxeViolationsAsync(page);

        // Without JavaScript, the same page reads fully from its tables; no chart is drawn.
        var noScript = await browser.NewContextAsync(session.Server.BaseAddress.ToString(), javaScriptEnabled: false);
        try
        {
            var plain = await noScript.NewPageAsync();
            await plain.GotoAsync("/Account/SignIn");
            await Keys.SignInAsync(plain, "pcc.cumbria");
            await plain.GotoAsync("/Reports/cumbria/Dashboard");
            await Expect(plain.GetByRole(AriaRole.Heading, new() { Name = "Integrity dashboard", Level = 1 })).ToBeVisibleAsync();
            await Expect(plain.Locator("canvas")).ToHaveCountAsync(0);
            await Expect(plain.Locator("[data-chart-holder]").First).ToBeHiddenAsync();
            await Expect(plain.Locator("table[data-chart]")).ToHaveCountAsync(count);
            await Expect(plain.Locator("#gifts-declarations-table")).ToBeVisibleAsync();
            await Expect(plain.Locator("#gifts-declarations-table tbody tr")).ToHaveCountAsync(9);
            await Expect(plain.Locator("#media-contacts-reading")).ToContainTextAsync("Contacts logged:");
            await Expect(plain.Locator("#investigations-ageing")).ToBeVisibleAsync();
            await Expect(plain.Locator("#gifts-by-department")).ToBeVisibleAsync();
        }
        finally
        {
            await noScript.CloseAsync();
        }

        // The PCC is not on the integrity board.
        var refused = await page.GotoAsync("/Reports/cumbria/Board");
        Assert.Equal(403, refused!.Status);
        await page.GotoAsync("/");
        await Keys.SignOutAsync(page);

        // The deputy chief constable reads the board: the items for decision, then the dashboard.
        await Keys.SignInAsync(page, "dcc.cumbria");
        await Keys.OpenMenuAsync(page, "Governance reports");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Integrity board") }));
        await Expect(page).ToHaveURLAsync(new Regex("/Reports/cumbria/Board$"));
        await Expect(page.Locator("#board-items")).ToContainTextAsync("Business-interest refusals this quarter");
        await Expect(page.Locator("#item-cross-check")).ToContainTextAsync("Procurement cross-check matches still to settle");
        await Expect(page.Locator("#board-items a")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-chart-holder] canvas")).ToHaveCountAsync(count);
        await AssertNoAxeViolationsAsync(page);
    }
}
