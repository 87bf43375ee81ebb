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
/// the database one at a time, never as a list; at most <see cref="MaximumRows"/> are written,
/// and the file says so when the filter matched more. Each download is recorded as a
/// disclosure in the audit trail before any row is sent.
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
        var export = await PrepareAsync("CSV", ct);
        if (export is null)
        {
            return Page();
        }

        Response.ContentType = CsvContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName("csv")}\"";
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        await using var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(Headings, ct);
        await foreach (var row in export.Rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync(Values(row), ct);
        }

        if (export.Truncated)
        {
            await csv.WriteRecordAsync([$"Only the first {MaximumRows:N0} of {export.Matched:N0} matching declarations are included: narrow the filter to download the rest."], ct);
        }

        await csv.FlushAsync(ct);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        var export = await PrepareAsync("Excel", ct);
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
                        cell.SetValue(row.OfferedOn.ToDateTime(TimeOnly.MinValue));
                        cell.Style.DateFormat.Format = "dd/mm/yyyy";
                        break;
                    case 3:
                        cell.SetValue(row.DeclaredOn.ToDateTime(TimeOnly.MinValue));
                        cell.Style.DateFormat.Format = "dd/mm/yyyy";
                        break;
                    case 12:
                        cell.SetValue(row.ValuePence / 100m);
                        cell.Style.NumberFormat.Format = "£#,##0.00";
                        break;
                    default:
                        Text(cell, values[c]);
                        break;
                }
            }
        }

        if (export.Truncated)
        {
            Text(sheet.Cell(r + 2, 1), $"Only the first {MaximumRows:N0} of {export.Matched:N0} matching declarations are included: narrow the filter to download the rest.");
        }

        sheet.SheetView.FreezeRows(1);
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return File(stream, ExcelContentType, FileName("xlsx"));
    }

    private sealed record Export(IAsyncEnumerable<GiftRegisterRow> Rows, int Matched, bool Truncated);

    /// <summary>Checks the filter, counts the rows and records the export; null if the filter is wrong.</summary>
    private async Task<Export?> PrepareAsync(string format, CancellationToken ct)
    {
        await RegisterPage.CheckAsync(db, Filter, Sort, ModelState, ct);
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return null;
        }

        var ordered = Filter.Apply(db.GiftDeclarations, Sort);
        var matched = await ordered.CountAsync(ct);
        var rows = Math.Min(matched, MaximumRows);
        var forceIds = await db.VisibleForces.Select(f => f.Id).ToListAsync(ct);
        await audit.RecordExportAsync("GiftDeclaration", $"Gifts register ({format}): {Filter.Describe(Sort)}",
            RegisterPage.SingleForce(Filter, forceIds), rows, ct);
        return new Export(GiftRegisterFilter.Project(ordered).Take(MaximumRows).AsAsyncEnumerable(), matched, matched > MaximumRows);
    }

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

    /// <summary>Text as text: never a formula, never reinterpreted as a number or date.</summary>
    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value is [ '=' or '+' or '-' or '@', ..] ? "'" + value : value);
        cell.DataType = XLDataType.Text;
    }
}
