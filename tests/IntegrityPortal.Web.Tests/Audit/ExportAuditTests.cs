using System.Net;
using ClosedXML.Excel;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Audit;

/// <summary>
/// Exports never fail because of a stored value, are recorded only once the file exists, and
/// are recorded in the trail of every force whose rows they may hold.
/// </summary>
public class ExportAuditTests
{
    [Fact]
    public async Task AlliancePsdExports_AreSeenByTheAlliancePsdEachForceAndTheNationalView()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.Equal(HttpStatusCode.OK, (await psd.GetAsync("/Gifts/Register/Export?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await psd.GetAsync("/Gifts/Register/Export?handler=Excel")).StatusCode);
        var warwickshire = await factory.ForceIdAsync("warwickshire");
        var westMercia = await factory.ForceIdAsync("west-mercia");

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var exports = await db.AuditEvents.Where(e => e.Action == AuditAction.Export).ToListAsync();
            Assert.Equal(4, exports.Count);
            Assert.DoesNotContain(exports, e => e.RecordForceId is null);
            Assert.Equal(2, exports.Count(e => e.RecordForceId == warwickshire));
            Assert.Equal(2, exports.Count(e => e.RecordForceId == westMercia));
        }

        Assert.Equal(4, await ExportRowsAsync(psd, "/Audit?Filter.Action=Export"));
        Assert.Equal(2, await ExportRowsAsync(psd, $"/Audit?Filter.Action=Export&Filter.ForceId={warwickshire}"));
        Assert.Equal(2, await ExportRowsAsync(psd, $"/Audit?Filter.Action=Export&Filter.ForceId={westMercia}"));
        var otherAllianceForce = await PortalClient.SignInAsync(factory, "head-of-psd.west-mercia");
        Assert.Equal(2, await ExportRowsAsync(otherAllianceForce, $"/Audit?Filter.Action=Export&Filter.ForceId={westMercia}"));
        foreach (var national in new[] { "admin", "inspector" })
        {
            var client = await PortalClient.SignInAsync(factory, national);
            Assert.Equal(4, await ExportRowsAsync(client, "/Audit?Filter.Action=Export"));
            Assert.Equal(2, await ExportRowsAsync(client, $"/Audit?Filter.Action=Export&Filter.ForceId={westMercia}"));
        }

        var cumbriaPsd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.Equal(0, await ExportRowsAsync(cumbriaPsd, "/Audit?Filter.Action=Export"));
    }

    [Theory]
    [InlineData("admin.warwickshire")]
    [InlineData("officer.warwickshire")]
    public async Task AuditPage_RefusesForceAdministratorsAndOfficers(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Audit")).StatusCode);
    }

    [Fact]
    public async Task NationalAuditView_IsReadOnlyAndRecordsItsOwnViews()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var inspector = await PortalClient.SignInAsync(factory, "inspector");

        var page = await inspector.GetPageAsync("/Audit?Filter.EntityType=ForceSettings");

        Assert.Empty(page.QuerySelectorAll("form[method=post]:not([action*='SignOut'])"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var read = await db.AuditEvents.SingleAsync(e => e.UserName == "inspector" && e.Action == AuditAction.Read);
        Assert.Equal("AuditTrail", read.EntityType);
        Assert.Contains("record type ForceSettings", read.Justification);
    }

    [Fact]
    public async Task ExcelExport_WithDatesExcelCannotHoldAndUnprintableText_IsDeliveredAndRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var old = await GiftData.DeclareAsync(db, "officer.cumbria", "Ancient Hospitality", 20_00, description: "=HYPERLINK(\"http://example.com\")\u0001\u0008");
            // A value stored before dates had plausible ranges: written directly, as old data would be.
            await db.GiftDeclarations.Where(d => d.Id == old.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.OfferedOn, new DateOnly(1000, 6, 1)).SetProperty(d => d.DeclaredOn, new DateOnly(1, 1, 1)));
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Excel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var row = workbook.Worksheet("Register").Row(2);
        Assert.Equal("1 June 1000", row.Cell(3).GetString());
        Assert.Equal("1 January 0001", row.Cell(4).GetString());
        Assert.Equal("'=HYPERLINK(\"http://example.com\")", row.Cell(12).GetString());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Contains("\"rows\":1", (await check.AuditEvents.SingleAsync(e => e.Action == AuditAction.Export)).Changes);
    }

    [Fact]
    public async Task RefusedExport_IsNotRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Excel&Filter.ForceId=999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export));
    }

    private static async Task<int> ExportRowsAsync(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("tbody tr").Count(r => r.TextContent.Contains("(export)"));
    }
}
