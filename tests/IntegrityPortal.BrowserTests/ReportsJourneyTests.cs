using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

public class ReportsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ThePcc_OpensTheProgressReportForHmicsPeriod_DownloadsTheCsv_AndPrintsIt()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "pcc.dyfed-powys");
        await Keys.OpenMenuAsync(page, "Governance reports");
        await Expect(page).ToHaveURLAsync(new Regex("/Reports$"));
        await AssertNoAxeViolationsAsync(page);
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Progress report for the last 12 months") }));
        await AssertNoAxeViolationsAsync(page);

        // The period typed in the GOV.UK date inputs; a wrong date first.
        var from = page.GetByRole(AriaRole.Group, new() { Name = "First day of the period" });
        var to = page.GetByRole(AriaRole.Group, new() { Name = "Last day of the period" });
        await Keys.TypeAsync(from.GetByLabel("Day", new() { Exact = true }), "31");
        await Keys.TypeAsync(from.GetByLabel("Month", new() { Exact = true }), "9");
        await Keys.TypeAsync(from.GetByLabel("Year", new() { Exact = true }), "2011");
        await Keys.TypeAsync(to.GetByLabel("Day", new() { Exact = true }), "31");
        await Keys.TypeAsync(to.GetByLabel("Month", new() { Exact = true }), "5");
        await Keys.TypeAsync(to.GetByLabel("Year", new() { Exact = true }), "2012");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }));
        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The first day of the period must be a real date");
        await AssertNoAxeViolationsAsync(page);
        await Keys.TypeAsync(from.GetByLabel("Day", new() { Exact = true }), "1");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }));

        await Expect(page.Locator("#period")).ToHaveTextAsync("September 2011 to May 2012");
        await Expect(page.Locator("#second-jobs")).ToContainTextAsync("57 applications for second jobs, all of which have been approved");
        await Expect(page.Locator("#media-investigations")).ToContainTextAsync("four instances of inappropriate disclosures to the media, three of which were continuing");
        await Expect(page.Locator("#integrity-investigations")).ToContainTextAsync("the force instigated 31 investigations");
        await AssertNoAxeViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => Keys.ActivateAsync(page.Locator("#download-csv"), navigates: false));
        Assert.Equal("progress-report-dyfed-powys-2011-09-01_2012-05-31.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("Dyfed-Powys Police,2011-09-01,2012-05-31,Second jobs,second-jobs.received,Applications received,57", csv);

        // Printed: the marking on the paper, no navigation or download links, on A4 (the print
        // stylesheet's @page rule; A4 is 595 by 842 points).
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Expect(page.Locator("#downloads")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-classification").First).ToBeVisibleAsync();
        await Expect(page.Locator(".app-classification--bottom")).ToBeVisibleAsync();
        await Expect(page.Locator("#second-jobs")).ToBeVisibleAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));
        var pages = Regex.Matches(pdf, @"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]");
        Assert.NotEmpty(pages);
        Assert.All(pages, box =>
        {
            Assert.InRange(double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), 594, 597);
            Assert.InRange(double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture), 841, 843);
        });
    }

    [Fact]
    public async Task TheInspector_ComparesTheForces_SortsThem_AndOpensOnesReport()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;

        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "inspector");
        await Keys.OpenMenuAsync(page, "National comparison");
        await AssertNoAxeViolationsAsync(page);
        var from = page.GetByRole(AriaRole.Group, new() { Name = "First day of the period" });
        var to = page.GetByRole(AriaRole.Group, new() { Name = "Last day of the period" });
        await Keys.TypeAsync(from.GetByLabel("Day", new() { Exact = true }), "1");
        await Keys.TypeAsync(from.GetByLabel("Month", new() { Exact = true }), "9");
        await Keys.TypeAsync(from.GetByLabel("Year", new() { Exact = true }), "2011");
        await Keys.TypeAsync(to.GetByLabel("Day", new() { Exact = true }), "31");
        await Keys.TypeAsync(to.GetByLabel("Month", new() { Exact = true }), "5");
        await Keys.TypeAsync(to.GetByLabel("Year", new() { Exact = true }), "2012");
        await Keys.ActivateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Compare forces" }));
        await Expect(page.Locator("#summary tbody tr")).ToHaveCountAsync(6);
        await Expect(page.Locator("#summary tr[data-force='dyfed-powys']")).ToContainTextAsync("No applications for second jobs refused");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.Locator("#section-second-jobs").GetByRole(AriaRole.Link, new() { Name = "Applications received", Exact = true }));
        await Keys.ActivateAsync(page.Locator("#section-second-jobs").GetByRole(AriaRole.Link, new() { Name = "Applications received", Exact = true }));
        await Expect(page.Locator("#summary tbody tr").First).ToHaveAttributeAsync("data-force", "thames-valley");
        await AssertNoAxeViolationsAsync(page);

        await Keys.ActivateAsync(page.Locator("#summary").GetByRole(AriaRole.Link, new() { Name = "Thames Valley Police", Exact = true }));
        await Expect(page).ToHaveURLAsync(new Regex("/Reports/thames-valley/Progress"));
        await Expect(page.Locator("#second-jobs")).ToContainTextAsync("129 applications for second jobs, all but one of which have been approved");
        await Expect(page.Locator("#integrity-investigations")).ToContainTextAsync("There has been a reduction in the number of staff working in the anti-corruption unit");
        await AssertNoAxeViolationsAsync(page);
    }
}
