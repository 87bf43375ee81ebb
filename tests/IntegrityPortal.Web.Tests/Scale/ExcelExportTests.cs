using System.Net;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts.Register;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// The register's Excel download, streamed by <see cref="ExcelListWriter"/>: a valid workbook
/// that opens, with the heading and every row of the user's forces only, dates and pounds in UK
/// formats, and one audit event naming the rows delivered.
/// </summary>
public class ExcelExportTests
{
    private static readonly string[] Headings =
    [
        "Reference", "Force", "Date of offer", "Date declared", "Declarant number", "Declarant", "Department",
        "Organisation", "Offeror", "Relationship", "Type", "Description", "Value (£)", "Accepted or declined",
        "Approval", "PSD review", "Late", "From supplier", "Pattern flags",
    ];

    [Fact]
    public async Task Workbook_Opens_WithHeadingAndEveryRowOfTheForce_InUkFormats_AndIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 1_234_50, description: "Offer A", daysAgo: 3);
            await GiftData.DeclareAsync(db, "officer.cumbria", "Bidco", 20_00, description: "Offer B");
            await GiftData.DeclareAsync(db, "officer.warwickshire", "Warwick Catering", 55_00, description: "Offer elsewhere");
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Excel&Sort=organisation-asc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ExportModel.ExcelContentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // The Open XML SDK opens it and finds nothing against the schema.
        using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        }

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("Register", sheet.Name);
        Assert.Equal(Headings, Enumerable.Range(1, Headings.Length).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(3, sheet.LastRowUsed().RowNumber()); // the heading and Cumbria's two offers, not Warwickshire's

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var acme = await check.GiftDeclarations.SingleAsync(d => d.Description == "Offer A");
        var row = sheet.Row(2);
        Assert.Equal("Acme Ltd", row.Cell(8).GetString());
        Assert.Equal("Offer A", row.Cell(12).GetString());
        Assert.Equal(acme.OfferedOn.ToDateTime(TimeOnly.MinValue), row.Cell(3).GetDateTime());
        Assert.Equal("dd/mm/yyyy", row.Cell(3).Style.DateFormat.Format);
        Assert.Equal(1234.50, row.Cell(13).GetDouble());
        Assert.Equal("£#,##0.00", row.Cell(13).Style.NumberFormat.Format);
        Assert.Equal("Bidco", sheet.Row(3).Cell(8).GetString());
        Assert.All(Enumerable.Range(2, 2), r => Assert.Equal(sheet.Cell(2, 2).GetString(), sheet.Cell(r, 2).GetString()));
        Assert.DoesNotContain("Warwick", string.Join("|", sheet.RowsUsed().SelectMany(r => r.CellsUsed()).Select(c => c.GetString())));

        var export = await check.AuditEvents.SingleAsync(e => e.Action == AuditAction.Export);
        Assert.Equal("GiftDeclaration", export.EntityType);
        Assert.Equal(acme.ForceId, export.RecordForceId);
        Assert.Equal("psd.cumbria", export.UserName);
        Assert.Contains("(Excel)", export.Changes);
        Assert.Contains("\"rows\":2", export.Changes);
    }

    [Fact]
    public async Task OtherForcesFilter_IsRefused_AndWritesNoWorkbookAndNoEvent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var warwickshire = await factory.ForceIdAsync("warwickshire");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.GetAsync($"/Gifts/Register/Export?handler=Excel&Filter.ForceId={warwickshire}");

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export));
    }

    [Fact]
    public async Task LongList_ContinuesOnAnotherSheet_WithTheHeadingRepeated()
    {
        var rows = Enumerable.Range(1, 7).Select(i => (Name: $"Row {i}", On: new DateOnly(2026, 1, i), Pence: i * 100L)).ToAsyncEnumerable();
        ExcelColumn<(string Name, DateOnly On, long Pence)>[] columns =
        [
            new("Name", r => ExcelValue.Of(r.Name)),
            new("On", r => ExcelValue.Of(r.On)),
            new("Value", r => ExcelValue.Pounds(r.Pence)),
        ];
        using var stream = new MemoryStream();

        var written = await ExcelListWriter.WriteAsync(stream, "List", columns, rows, CancellationToken.None, rowsPerSheet: 3);

        Assert.Equal(7, written);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        Assert.Equal(["List", "List (2)", "List (3)"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal([4, 4, 2], workbook.Worksheets.Select(s => s.LastRowUsed().RowNumber()));
        Assert.All(workbook.Worksheets, s => Assert.Equal("Name", s.Cell(1, 1).GetString()));
        Assert.Equal("Row 7", workbook.Worksheet("List (3)").Cell(2, 1).GetString());
        Assert.Equal(new DateTime(2026, 1, 7), workbook.Worksheet("List (3)").Cell(2, 2).GetDateTime());
        Assert.Equal(7.00, workbook.Worksheet("List (3)").Cell(2, 3).GetDouble());
    }

    [Fact]
    public void ColumnLetters_GoPastZ()
    {
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"], new[] { 0, 25, 26, 51, 52, 701, 702 }.Select(ExcelListWriter.ColumnLetters));
    }
}
