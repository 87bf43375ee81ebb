using System.Globalization;
using ClosedXML.Excel;
using IntegrityPortal.Core;
using CsvHelper;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// Downloads of the register with the register's filter, as CSV or Excel. Rows are read from
/// the database one at a time, never as a list. The CSV is streamed to the client as it is
/// read and has no limit (the whole national register exports). The Excel workbook is built
/// in memory by ClosedXML, so at most <see cref="MaximumRows"/> are written to it, and the file
/// says so when the filter matched more. Each download is recorded as a
/// disclosure in the audit trail once the file has been produced: the Excel workbook is
/// recorded after it is built and before it is sent; the CSV, which is streamed, after its
/// last row is written and before the response is completed, so a download that fails on
/// the way is not recorded as delivered (and one whose record cannot be written is cut off).
/// </summary>
public class ExportModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int MaximumRows = 100_000;
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true)]
    public GiftRegisterFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    private static readonly string[] Headings =
    [
        "Reference", "Force", "Date of offer", "Date declared", "Declarant number", "Declarant", "Department",
        "Organisation", "Offeror", "Relationship", "Type", "Description", "Value (£)", "Accepted or declined",
        "Approval", "PSD review", "Late", "From supplier", "Pattern flags",
    ];

    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var export = await PrepareAsync(limit: null, ct);
        if (export is null)
        {
            return Page();
        }

        Response.ContentType = CsvContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName("csv")}\"";
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        await using var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(Headings, ct);
        var written = 0;
        await foreach (var row in export.Rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(Values(row), ct);
            written++;
        }

        await csv.FlushAsync(ct);
        await RecordAsync("CSV", export.ForceIds, written, ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        var export = await PrepareAsync(MaximumRows, ct);
        if (export is null)
        {
            return Page();
        }

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Register");
        for (var c = 0; c < Headings.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headings[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var r = 1;
        await foreach (var row in export.Rows.WithCancellation(ct))
        {
            r++;
            var values = Values(row);
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (c)
                {
                    case 2:
                        ExcelCells.Date(cell, row.OfferedOn);
                        break;
                    case 3:
                        ExcelCells.Date(cell, row.DeclaredOn);
                        break;
                    case 12:
                        cell.SetValue(row.ValuePence / 100m);
                        cell.Style.NumberFormat.Format = "£#,##0.00";
                        break;
                    default:
                        ExcelCells.Text(cell, values[c]);
                        break;
                }
            }
        }

        if (export.Truncated)
        {
            ExcelCells.Text(sheet.Cell(r + 2, 1), $"Only the first {MaximumRows:N0} of {export.Matched:N0} matching declarations are included: narrow the filter to download the rest.");
        }

        sheet.SheetView.FreezeRows(1);
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        await RecordAsync("Excel", export.ForceIds, export.Written, ct);
        return File(stream, ExcelContentType, FileName("xlsx"));
    }

    private sealed record Export(IAsyncEnumerable<GiftRegisterRow> Rows, int Matched, bool Truncated, IReadOnlyList<int> ForceIds)
    {
        public int Written => Math.Min(Matched, MaximumRows);
    }

    /// <summary>Checks the filter and, with a limit, counts the rows; null if the filter is wrong.</summary>
    private async Task<Export?> PrepareAsync(int? limit, CancellationToken ct)
    {
        await RegisterPage.CheckAsync(db, Filter, Sort, ModelState, ct);
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return null;
        }

        var ordered = Filter.Apply(db.GiftDeclarations, Sort);
        var forceIds = await db.VisibleForces.Select(f => f.Id).ToListAsync(ct);
        IReadOnlyList<int> covered = Filter.ForceId is { } forceId ? [forceId] : forceIds;
        var rows = GiftRegisterFilter.Project(ordered);
        if (limit is not { } max)
        {
            return new Export(rows.AsAsyncEnumerable(), 0, false, covered);
        }

        var matched = await ordered.CountAsync(ct);
        return new Export(rows.Take(max).AsAsyncEnumerable(), matched, matched > max, covered);
    }

    /// <summary>Records the delivered file as a disclosure, in the trail of every force whose rows it may hold.</summary>
    private Task RecordAsync(string format, IReadOnlyList<int> forceIds, int written, CancellationToken ct) =>
        audit.RecordExportOfForcesAsync("GiftDeclaration", $"Gifts register ({format}): {Filter.Describe(Sort)}", forceIds, written, ct);

    private string FileName(string extension) =>
        $"gifts-register-{db.Clock.Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";

    private static string[] Values(GiftRegisterRow row) =>
    [
        row.Reference,
        row.ForceName,
        UkFormat.Date(row.OfferedOn),
        UkFormat.Date(row.DeclaredOn),
        row.DeclarantNumber,
        row.DeclarantName,
        row.DepartmentName ?? string.Empty,
        row.OrganisationName,
        row.OfferorName,
        row.Relationship.Describe(),
        row.OfferType.Describe(),
        row.Description,
        (row.ValuePence / 100m).ToString("0.00", CultureInfo.InvariantCulture),
        row.Outcome.ToString(),
        row.ApprovalStatus.Describe(),
        row.ReviewStatus.Describe(),
        row.IsLate ? "Yes" : "No",
        row.IsFromSupplier ? "Yes" : "No",
        RegisterPage.PatternText(row.PatternFlags),
    ];
}
