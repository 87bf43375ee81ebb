using System.Net;
using System.Text;
using ClosedXML.Excel;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Reports;

public class ProgressReportPeriodAndDownloadTests
{
    private const string Period = ProgressReportFiguresTests.HmicPeriod;

    [Theory]
    [InlineData("from=2012-13-01&to=2012-05-31", "From", "The first day of the period must be a real date")]
    [InlineData("from=2012-05-31&to=2011-09-01", "To", "The last day must be the same as or after the first day")]
    [InlineData("FromParts.Day=30&FromParts.Month=2&FromParts.Year=2012&ToParts.Day=31&ToParts.Month=5&ToParts.Year=2012", "From", "The first day of the period must be a real date")]
    [InlineData("FromParts.Day=1&FromParts.Month=&FromParts.Year=2012&ToParts.Day=31&ToParts.Month=5&ToParts.Year=2012", "From", "The first day of the period must include a month")]
    [InlineData("FromParts.Day=1&FromParts.Month=9&FromParts.Year=2011&ToParts.Day=x&ToParts.Month=5&ToParts.Year=2012", "To", "The last day of the period must be a real date")]
    [InlineData("from=2011-09-01&to=2099-01-01", "To", "The last day must be today or in the past")]
    [InlineData("from=1999-12-31&to=2012-05-31", "From", "The first day must be on or after 1 January 2000")]
    public async Task AWrongPeriod_IsAnsweredBesideTheField_WithWhatWasTyped(string query, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        var response = await pcc.GetAsync($"/Reports/cumbria/Progress?{query}");
        var page = await PortalClient.ParseAsync(response);
        var csv = await pcc.GetAsync($"/Reports/cumbria/Progress?handler=Csv&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Null(page.QuerySelector("#downloads"));
        Assert.Equal("text/html", csv.Content.Headers.ContentType?.MediaType);
        if (query.Contains("ToParts.Day=x"))
        {
            Assert.Equal("x", page.QuerySelector("#To")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task TheDateInputs_GiveTheSameReportAsTheAddress()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var pcc = await PortalClient.SignInAsync(factory, "pcc.dyfed-powys");

        var page = await pcc.GetPageAsync("/Reports/dyfed-powys/Progress?FromParts.Day=1&FromParts.Month=9&FromParts.Year=2011&ToParts.Day=31&ToParts.Month=5&ToParts.Year=2012");

        Assert.Equal("September 2011 to May 2012", page.QuerySelector("#period")!.TextContent.Trim());
        Assert.Equal("57", ProgressReportFiguresTests.Figure(page, "second-jobs.received"));
        Assert.Equal("1", page.QuerySelector("#From")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Downloads_GiveEveryFigureAsCsv_AndASheetPerSection_AndAreRecordedAsExports()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var pcc = await PortalClient.SignInAsync(factory, "pcc.thames-valley");

        var page = await pcc.GetPageAsync($"/Reports/thames-valley/Progress?{Period}");
        var csvResponse = await pcc.GetAsync(page.QuerySelector("#download-csv")!.GetAttribute("href")!);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var excelResponse = await pcc.GetAsync(page.QuerySelector("#download-excel")!.GetAttribute("href")!);
        using var workbook = new XLWorkbook(await excelResponse.Content.ReadAsStreamAsync());

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("progress-report-thames-valley-2011-09-01_2012-05-31.csv", csvResponse.Content.Headers.ContentDisposition?.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("OFFICIAL-SENSITIVE", lines[0]);
        Assert.Contains("Thames Valley Police,2011-09-01,2012-05-31,Second jobs,second-jobs.received,Applications received,129", lines);
        Assert.Contains("Thames Valley Police,2011-09-01,2012-05-31,Second jobs,second-jobs.approved,Approved (with or without conditions),128", lines);
        Assert.Contains(lines, l => l.Contains(",gifts.declared,") && l.EndsWith(",No data"));
        // Every figure of the page, and those of the sections with no data (gifts, 10; media contacts, 9;
        // procurement, 8; policies, 4; training, 2; self-assessment, 4), which the page does not tabulate.
        Assert.Equal(page.QuerySelectorAll("tr[data-key]").Length + 10 + 9 + 8 + 4 + 2 + 4, lines.Length - 2);
        Assert.Equal(9, workbook.Worksheets.Count);
        Assert.Equal(129, workbook.Worksheet("Second jobs").Column(1).CellsUsed()
            .Single(c => c.GetString() == "Applications received").CellRight().GetValue<int>());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var exports = await check.AuditEvents.Where(e => e.Action == AuditAction.Export && e.EntityType == "ProgressReport").ToListAsync();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal("pcc.thames-valley", e.UserName));
        Assert.False(await check.AuditEvents.AnyAsync(e => e.Action == AuditAction.Read && e.UserName == "pcc.thames-valley"));
    }

    /// <summary>Hand-made cases in a year the demonstration data leaves empty: the edges of the sentences.</summary>
    [Fact]
    public async Task HandMadeCases_GiveTheExactSentences_ContinuingNoneAndOneOfOne()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await factory.ForceIdAsync("cumbria");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var workflow = new InvestigationWorkflow(db);
            for (var i = 0; i < 4; i++)
            {
                var media = await workflow.OpenAsync(cumbria, InvestigationCategory.InappropriateDisclosureToMedia, InvestigationOrigin.PressOfficeFlag, new DateOnly(2005, 2, 1 + i), "Test");
                workflow.Close(media, new DateOnly(2005, 3, 1), InvestigationOutcome.NoCaseToAnswer, null);
            }

            await workflow.OpenAsync(cumbria, InvestigationCategory.SocialMediaConduct, InvestigationOrigin.ExternalResearchReferral, new DateOnly(2005, 6, 1), "Test");
            await db.SaveChangesAsync();
        }

        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");
        var page = await pcc.GetPageAsync("/Reports/cumbria/Progress?from=2005-01-01&to=2005-12-31");

        Assert.Equal("Between January 2005 and December 2005, the force investigated four instances of inappropriate disclosures to the media, none of which were continuing at the end of the period. "
            + "One case of potentially inappropriate behaviour on social media, such as Facebook or Twitter, was referred back to the force by external research.",
            page.QuerySelector("#media-investigations [data-paragraph]")!.TextContent.Trim());
        Assert.StartsWith("The portal holds no anti-corruption unit staffing figure on or before 1 January 2005, so the change is not known. "
            + "Between January 2005 and December 2005, the force instigated five investigations into the conduct of its officers and staff in relation to the areas covered by this report, one of which was continuing at the end of the period.",
            page.QuerySelector("#integrity-investigations [data-paragraph]")!.TextContent.Trim());
        Assert.StartsWith("No data for the period", page.QuerySelector("#second-jobs [data-paragraph]")!.TextContent.Trim());
    }
}
