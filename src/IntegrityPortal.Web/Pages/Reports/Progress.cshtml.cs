using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>
/// A force's progress report for a period, in the structure of HMIC's 2012 force reports
/// (<see cref="ForceProgressReport"/>), with CSV and Excel downloads. Counts only: viewing it is
/// not recorded as a read of records; each download is recorded as an export.
/// </summary>
public class ProgressModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "force")]
    public string? ForceCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "")]
    public ReportPeriodQuery Period { get; set; } = new();

    public ReportForce? Force { get; private set; }
    public ForceProgressReport? Report { get; private set; }

    /// <summary>With no period asked for: the twelve whole months before this one.</summary>
    public static ReportPeriod DefaultPeriod(DateOnly today)
    {
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return new ReportPeriod(firstOfMonth.AddYears(-1), firstOfMonth.AddDays(-1));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } notFound)
        {
            return notFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } notFound)
        {
            return notFound;
        }

        if (Report is null)
        {
            return Page();
        }

        var rows = ReportDownloads.CsvRows(Force!.Name, Report).ToList();
        await audit.RecordExportAsync("ProgressReport", $"Progress report (CSV), {Force.Name}, {Report.Period.Describe()}", Force.Id, rows.Count, ct);
        return File(await ReportDownloads.CsvAsync(rows, ReportDownloads.CsvHeadings, ct), ReportDownloads.CsvContentType, FileName("csv"));
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } notFound)
        {
            return notFound;
        }

        if (Report is null)
        {
            return Page();
        }

        await audit.RecordExportAsync("ProgressReport", $"Progress report (Excel), {Force!.Name}, {Report.Period.Describe()}", Force.Id, Report.Figures.Count(), ct);
        return File(ReportDownloads.Excel(Force.Name, Report), ReportDownloads.ExcelContentType, FileName("xlsx"));
    }

    /// <summary>Query string of the period shown, for the download links.</summary>
    public object PeriodRoute => new
    {
        force = Force?.Code,
        from = Report?.Period.From.ToString("yyyy-MM-dd"),
        to = Report?.Period.To.ToString("yyyy-MM-dd"),
    };

    /// <summary>Finds the force (404 outside the user's scope) and builds the report if the period is right.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Force = await ReportAccess.FindForceAsync(db, ForceCode, ct);
        if (Force is null)
        {
            return NotFound();
        }

        var period = Period.Read(ModelState, db.Clock.Today(), DefaultPeriod(db.Clock.Today()));
        if (period is not null && ModelState.IsValid)
        {
            Report = await ForceProgressReport.BuildAsync(db, Force.Id, period, ct);
        }

        return null;
    }

    private string FileName(string extension) => $"progress-report-{Force!.Code}-{Report!.Period.FileSuffix}.{extension}";
}
