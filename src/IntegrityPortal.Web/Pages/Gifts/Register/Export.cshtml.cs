using System.Globalization;
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
/// the database one at a time, never as a list, and neither download has a limit (the whole
/// national register exports). The CSV is streamed to the client as it is read; the Excel
/// workbook is streamed into a temporary file by <see cref="ExcelListWriter"/> and then sent.
/// Each download is recorded as a disclosure in the audit trail once the file has been
/// produced: the Excel workbook after it is written and before it is sent; the CSV, which is
/// streamed, after its last row is written and before the response is completed, so a
/// download that fails on the way is not recorded as delivered (and one whose record cannot
/// be written is cut off).
/// </summary>
public class ExportModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ExcelContentType = ExcelListWriter.ContentType;

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
        var export = await PrepareAsync(ct);
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
        var export = await PrepareAsync(ct);
        if (export is null)
        {
            return Page();
        }

        var (file, written) = await ExcelListWriter.WriteTemporaryFileAsync("Register", ExcelColumns, export.Rows, ct);
        Response.RegisterForDisposeAsync(file);
        await RecordAsync("Excel", export.ForceIds, written, ct);
        return File(file, ExcelContentType, FileName("xlsx"));
    }

    /// <summary>The Excel columns: the CSV's, in its order, with the dates as Excel dates and the value in pounds.</summary>
    private static readonly IReadOnlyList<ExcelColumn<GiftRegisterRow>> ExcelColumns =
    [
        new("Reference", row => ExcelValue.Of(row.Reference), 14),
        new("Force", row => ExcelValue.Of(row.ForceName), 24),
        new("Date of offer", row => ExcelValue.Of(row.OfferedOn), 14),
        new("Date declared", row => ExcelValue.Of(row.DeclaredOn), 14),
        new("Declarant number", row => ExcelValue.Of(row.DeclarantNumber), 16),
        new("Declarant", row => ExcelValue.Of(row.DeclarantName), 24),
        new("Department", row => ExcelValue.Of(row.DepartmentName ?? string.Empty), 24),
        new("Organisation", row => ExcelValue.Of(row.OrganisationName), 32),
        new("Offeror", row => ExcelValue.Of(row.OfferorName), 24),
        new("Relationship", row => ExcelValue.Of(row.Relationship.Describe()), 20),
        new("Type", row => ExcelValue.Of(row.OfferType.Describe()), 20),
        new("Description", row => ExcelValue.Of(row.Description), 40),
        new("Value (£)", row => ExcelValue.Pounds(row.ValuePence), 12),
        new("Accepted or declined", row => ExcelValue.Of(row.Outcome.ToString()), 14),
        new("Approval", row => ExcelValue.Of(row.ApprovalStatus.Describe()), 20),
        new("PSD review", row => ExcelValue.Of(row.ReviewStatus.Describe()), 20),
        new("Late", row => ExcelValue.Of(row.IsLate ? "Yes" : "No"), 8),
        new("From supplier", row => ExcelValue.Of(row.IsFromSupplier ? "Yes" : "No"), 8),
        new("Pattern flags", row => ExcelValue.Of(RegisterPage.PatternText(row.PatternFlags)), 24),
    ];

    private sealed record Export(IAsyncEnumerable<GiftRegisterRow> Rows, IReadOnlyList<int> ForceIds);

    /// <summary>Checks the filter; the rows in the register's order, or null if the filter is wrong.</summary>
    private async Task<Export?> PrepareAsync(CancellationToken ct)
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
        return new Export(GiftRegisterFilter.Project(ordered).AsAsyncEnumerable(), covered);
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
