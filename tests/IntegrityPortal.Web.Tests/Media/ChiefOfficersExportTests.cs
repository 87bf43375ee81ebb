using System.Net;
using System.Text;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>The chief officers' quarterly CSV: only date, outlet and subject; only chief officers; only the quarter.</summary>
public class ChiefOfficersExportTests
{
    private static readonly Quarter LastQuarter = Quarter.Containing(TimeProvider.System.Today()).Previous;

    private static string Url(Quarter quarter) => $"/Media/Office/Export?handler=Csv&Year={quarter.Year}&Quarter={quarter.Number}";

    private static async Task<string> CsvAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString());
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }

    [Fact]
    public async Task Csv_HoldsDateOutletAndSubject_OfChiefOfficersContactsInTheQuarter_Only_AndIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await LogAsync(db, "dcc.cumbria", "Before Gazette", contactedUtc: LastQuarter.StartUtc.AddMinutes(-1), subject: "Before the quarter");
            await LogAsync(db, "dcc.cumbria", "First Gazette", contactedUtc: LastQuarter.StartUtc, subject: "First moment", journalist: "Secret Name");
            await LogAsync(db, "dcc.cumbria", "Last Gazette", contactedUtc: LastQuarter.EndUtc.AddMinutes(-1), subject: "Last minute");
            await LogAsync(db, "dcc.cumbria", "After Gazette", contactedUtc: LastQuarter.EndUtc, subject: "After the quarter");
            await LogAsync(db, "officer.cumbria", "Constable Gazette", contactedUtc: LastQuarter.StartUtc.AddDays(10), subject: "A constable's contact");
            await LogAsync(db, "head-of-psd.cumbria", "Superintendent Gazette", contactedUtc: LastQuarter.StartUtc.AddDays(11), subject: "A superintendent's contact");
            await LogAsync(db, "dcc.thames-valley", "Oxford Mail", contactedUtc: LastQuarter.StartUtc.AddDays(12), subject: "Another force's chief officer");
        }

        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var csv = await CsvAsync(press, Url(LastQuarter));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date,Outlet,Subject", lines[0]);
        Assert.Equal(
        [
            $"{UkFormat.Date(LastQuarter.FirstDay)},First Gazette,First moment",
            $"{UkFormat.Date(LastQuarter.LastDay)},Last Gazette,Last minute",
        ], lines.Skip(1).Select(l => l.Replace("\"", string.Empty)));
        Assert.DoesNotContain("Secret Name", csv);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var export = await check.AuditEvents.SingleAsync(e => e.Action == AuditAction.Export && e.EntityType == "MediaContact");
        Assert.Equal("press-office.cumbria", export.UserName);
        Assert.Equal(await factory.ForceIdAsync("cumbria"), export.RecordForceId);
        Assert.Contains("\"rows\":2", export.Changes);
        Assert.Contains(LastQuarter.Describe(), export.Changes);
    }

    [Fact]
    public async Task Page_OffersTheLastQuarterThatHasEnded()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var page = await press.GetPageAsync("/Media/Office/Export");

        Assert.Equal(LastQuarter.Year.ToString(), page.QuerySelector("#Year")!.GetAttribute("value"));
        Assert.Equal(LastQuarter.Number.ToString(), page.QuerySelector("input[name=Quarter][checked]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("Year=&Quarter=1", "Year", "Enter the year, like 2026")]
    [InlineData("Year=abc&Quarter=1", "Year", null)]
    [InlineData("Year=1999&Quarter=1", "Year", null)]
    [InlineData("Year=2026&Quarter=5", "Quarter", "Select the quarter")]
    [InlineData("Year=2026&Quarter=", "Quarter", "Select the quarter")]
    public async Task Csv_BadChoice_IsExplainedBesideTheField_AndNothingIsExported(string query, string field, string? message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var response = await press.GetAsync($"/Media/Office/Export?handler=Csv&{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString());
        var page = await PortalClient.ParseAsync(response);
        Assert.NotNull(page.FieldError(field));
        if (message is not null)
        {
            Assert.Equal(message, page.FieldError(field));
        }

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export));
    }

    [Fact]
    public async Task Csv_AQuarterStillToCome_IsRefused()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var current = Quarter.Containing(TimeProvider.System.Today());
        var next = current.Number == 4 ? new Quarter(current.Year + 1, 1) : new Quarter(current.Year, current.Number + 1);

        var page = await PortalClient.ParseAsync(await press.GetAsync(Url(next)));

        Assert.NotNull(page.FieldError(next.Year > TimeProvider.System.Today().Year ? "Year" : "Quarter"));
    }

    [Fact]
    public async Task AlliancePsd_ChoosesTheForce_AndGetsOnlyThatForcesContacts()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await LogAsync(db, "dcc.warwickshire", "Coventry Telegraph", contactedUtc: LastQuarter.StartUtc.AddDays(3), subject: "Warwickshire briefing");
            await LogAsync(db, "dcc.west-mercia", "Worcester News", contactedUtc: LastQuarter.StartUtc.AddDays(4), subject: "West Mercia briefing");
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var unchosen = await PortalClient.ParseAsync(await psd.GetAsync(Url(LastQuarter)));
        Assert.Equal("Select the force whose contacts to publish", unchosen.FieldError("ForceId"));

        var csv = await CsvAsync(psd, Url(LastQuarter) + $"&ForceId={await factory.ForceIdAsync("west-mercia")}");

        Assert.Contains("West Mercia briefing", csv);
        Assert.DoesNotContain("Warwickshire briefing", csv);
    }
}
