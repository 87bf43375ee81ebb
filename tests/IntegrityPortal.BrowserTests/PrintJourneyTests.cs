using System.Text;
using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace IntegrityPortal.BrowserTests;

/// <summary>The progress report as printed: A4, the protective marking on the paper, no navigation, forms or download links.</summary>
public class PrintJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ProgressReport_PrintsOnA4_WithTheMarking_AndWithoutTheNavigationOrDownloads()
    {
        await using var session = await PortalSession.StartAsync(browser);
        var page = session.Page;
        await page.GotoAsync("/Account/SignIn");
        await Keys.SignInAsync(page, "pcc.cumbria");
        await page.GotoAsync("/Reports/cumbria/Progress?from=2011-09-01&to=2012-05-31");
        await Expect(page.Locator("#downloads")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".app-header")).ToBeHiddenAsync();
        await Expect(page.Locator("#downloads")).ToBeHiddenAsync();
        await Expect(page.Locator(".app-classification").First).ToBeVisibleAsync();
        await Expect(page.Locator(".app-classification--bottom")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // The paper size comes from the print stylesheet's @page rule: A4 is 595 by 842 points.
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));
        var boxes = Regex.Matches(pdf, @"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, box =>
        {
            Assert.InRange(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 597);
            Assert.InRange(double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
        });
    }
}
