using System.Net;
using System.Text;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Reports;

public class NationalComparisonTests
{
    private const string Period = ProgressReportFiguresTests.HmicPeriod;

    [Fact]
    public async Task EveryForce_IsSideBySide_WithRates_AndThoseThatStandOutSayWhy()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var inspector = await PortalClient.SignInAsync(factory, "inspector");

        var page = await inspector.GetPageAsync($"/Reports/National?{Period}");

        var rows = page.QuerySelectorAll("#summary tbody tr");
        Assert.Equal(["avon-and-somerset", "cumbria", "dyfed-powys", "thames-valley", "warwickshire", "west-mercia"], rows.Select(r => r.GetAttribute("data-force")));
        Assert.Equal("/Reports/dyfed-powys/Progress?from=2011-09-01&to=2012-05-31", page.QuerySelector("#summary tr[data-force='dyfed-powys'] th a")!.GetAttribute("href"));
        Assert.Equal("57", page.QuerySelector("#section-second-jobs tr[data-force='dyfed-powys'] td[data-key='second-jobs.received']")!.TextContent.Trim());
        Assert.Equal("129", page.QuerySelector("#section-second-jobs tr[data-force='thames-valley'] td[data-key='second-jobs.received']")!.TextContent.Trim());
        Assert.Contains("No applications for second jobs refused", page.QuerySelector("#summary tr[data-force='dyfed-powys'] td[data-key='stands-out']")!.TextContent);
        Assert.DoesNotContain("No applications for second jobs refused", page.QuerySelector("#summary tr[data-force='warwickshire'] td[data-key='stands-out']")!.TextContent);
        // Cumbria declared no offer in the period: said as such, not as "no declined offers".
        Assert.Contains("No offers of gifts or hospitality recorded", page.QuerySelector("#summary tr[data-force='cumbria'] td[data-key='stands-out']")!.TextContent);
        Assert.DoesNotContain("No declined offers", page.QuerySelector("#summary tr[data-force='cumbria'] td[data-key='stands-out']")!.TextContent);
        Assert.Matches(@"^\d+\.\d$", page.QuerySelector("#summary tr[data-force='cumbria'] td[data-key='rate:second-jobs.received']")!.TextContent.Trim());
    }

    [Fact]
    public async Task SortingByAFigure_OrdersTheForces_AndTheSameHeadingReversesIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var inspector = await PortalClient.SignInAsync(factory, "inspector");

        var descending = await inspector.GetPageAsync($"/Reports/National?{Period}&sort=second-jobs.received&dir=desc");
        var ascending = await inspector.GetPageAsync($"/Reports/National?{Period}&sort=second-jobs.received&dir=asc");
        var bogus = await inspector.GetAsync($"/Reports/National?{Period}&sort=nonsense&dir=sideways");

        static List<int> Received(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#section-second-jobs tbody td[data-key='second-jobs.received']")
            .Select(td => int.Parse(td.TextContent.Trim().Replace(",", ""))).ToList();
        Assert.Equal("thames-valley", descending.QuerySelector("#summary tbody tr")!.GetAttribute("data-force"));
        Assert.Equal(Received(descending).OrderDescending(), Received(descending));
        Assert.Equal(Received(ascending).Order(), Received(ascending));
        Assert.Equal("descending", descending.QuerySelectorAll("#section-second-jobs th[aria-sort]").Single(h => h.TextContent.Contains("Applications received")).GetAttribute("aria-sort"));
        Assert.Contains("dir=asc", descending.QuerySelectorAll("#section-second-jobs th a").Single(a => a.TextContent.Contains("Applications received")).GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, bogus.StatusCode);
    }

    [Fact]
    public async Task Downloads_GiveEveryForce_AndAreRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin");

        var csvResponse = await admin.GetAsync($"/Reports/National?handler=Csv&{Period}");
        var lines = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var excel = await admin.GetAsync($"/Reports/National?handler=Excel&{Period}");

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("Force,Code,From,To,Workforce,", lines[1]);
        Assert.StartsWith("Dyfed-Powys Police,dyfed-powys,2011-09-01,2012-05-31,", lines.Single(l => l.Contains(",dyfed-powys,")));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(2, await check.AuditEvents.CountAsync(e => e.Action == AuditAction.Export && e.EntityType == "NationalComparison"));
    }
}
