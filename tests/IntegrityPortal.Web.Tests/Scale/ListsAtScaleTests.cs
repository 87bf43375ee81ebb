using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// The register past the count cap, and the CSV and Excel exports past the old 100,000-row cap.
/// The exports take a minute on a busy machine, so they run alone rather than beside the
/// rest of the suite, where the client's 100-second timeout could cut them off.
/// </summary>
[Collection(MeasuredAlone.Name)]
public class ListsAtScaleTests
{
    /// <summary>Cumbria's register with one declared offer copied until it holds <paramref name="rows"/>.</summary>
    private static async Task<PortalFactory> CumbriaWithAsync(int rows)
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Acme Ltd", 20_00)).Id;
        var columns = (await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('GiftDeclarations') WHERE name <> 'Id'").ToListAsync())
            .Select(c => $"\"{c}\"").ToList();
        var list = string.Join(", ", columns);
        // Columns come from the schema itself, never from input.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows - 1})
            INSERT INTO "GiftDeclarations" ({list}) SELECT {list} FROM "GiftDeclarations", n WHERE "Id" = {id};
            """);
#pragma warning restore EF1002
        return factory;
    }

    [Fact]
    public async Task Register_PastTenThousand_SaysMoreThan10000_AndStillPages()
    {
        await using var factory = await CumbriaWithAsync(10_050);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var first = await psd.GetPageAsync("/Gifts/Register");
        var second = await psd.GetPageAsync("/Gifts/Register?pageNumber=2");

        Assert.Equal("more than 10,000 declarations", first.QuerySelector("#result-count")!.TextContent);
        Assert.Equal("Page 1", first.QuerySelector(".govuk-pagination [aria-current=page]")!.TextContent.Trim());
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        Assert.Equal("Page 2", second.QuerySelector(".govuk-pagination [aria-current=page]")!.TextContent.Trim());
        Assert.Equal(50, second.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task CsvExport_HasEveryRow_PastOneHundredThousand()
    {
        const int rows = 100_010;
        await using var factory = await CumbriaWithAsync(rows);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Csv");
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = 0;
        while (await reader.ReadLineAsync() is not null)
        {
            lines++;
        }

        Assert.Equal(rows + 1, lines); // the heading and every row, no "only the first" line
    }

    [Fact]
    public async Task ExcelExport_HasEveryRow_PastOneHundredThousand()
    {
        const int rows = 100_010;
        await using var factory = await CumbriaWithAsync(rows);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.GetAsync("/Gifts/Register/Export?handler=Excel");
        response.EnsureSuccessStatusCode();
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheet = Assert.Single(document.WorkbookPart!.WorksheetParts);
        // Read as it was written, one element at a time (a DOM of 100,000 rows would be slow).
        using var reader = OpenXmlReader.Create(sheet);
        var sheetRows = 0;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                sheetRows++;
            }
        }

        Assert.Equal(rows + 1, sheetRows); // the heading and every row
    }
}
