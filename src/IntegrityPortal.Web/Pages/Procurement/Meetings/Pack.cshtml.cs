using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>
/// The pack for one quarter's cross-check meeting of the user's own force, with the meeting's
/// record once made; printable, and as CSV or an Excel workbook. Reading it on screen is audited
/// as a read, each download as an export. Without a quarter chosen, the quarter whose meeting is due.
/// </summary>
public class PackModel(IntegrityDbContext db, AuditLog audit, PersonNames names) : PageModel
{
    /// <summary>The quarter, "2026-Q3".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Quarter Quarter { get; private set; }
    public string ForceName { get; private set; } = string.Empty;
    public QuarterlyPack? Pack { get; private set; }
    public MeetingRecord? Meeting { get; private set; }
    public IReadOnlyList<PackSection> Sections { get; private set; } = [];
    public IReadOnlyList<SelectListItem> QuarterOptions { get; private set; } = [];
    public string? Confirmation => TempData[MeetingPages.ConfirmationKey] as string;
    public bool MayRecord => MeetingPages.MayRecord(User) && Meeting is null;
    /// <summary>A head of PSD, on a record awaiting sign-off that someone else made.</summary>
    public bool MaySignOff => MeetingPages.MaySignOff(User) && Meeting is { SignedOffUtc: null } meeting
        && !string.Equals(meeting.RecorderUserName, db.Actor.UserName, StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        // The pack names declarants and shows the matches' reasons: reading it is a read of their records.
        if (Pack is not null)
        {
            await audit.RecordReadAsync(nameof(CrossCheckMeeting), "(pack)", db.Actor.HomeForceId, $"Cross-check pack, {Quarter.Describe()}", ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        if (Pack is null)
        {
            return Page();
        }

        var bytes = await MeetingPack.CsvAsync(MeetingPack.Title(ForceName, Quarter), Sections, ct);
        await AuditAsync("CSV", ct);
        return File(bytes, ReportDownloads.CsvContentType, $"cross-check-pack-{MeetingPages.Key(Quarter)}.csv");
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        if (Pack is null)
        {
            return Page();
        }

        var bytes = MeetingPack.Excel(MeetingPack.Title(ForceName, Quarter), Sections);
        await AuditAsync("Excel", ct);
        return File(bytes, ReportDownloads.ExcelContentType, $"cross-check-pack-{MeetingPages.Key(Quarter)}.xlsx");
    }

    private Task AuditAsync(string format, CancellationToken ct) =>
        audit.RecordExportAsync(nameof(CrossCheckMeeting), $"Cross-check pack, {Quarter.Describe()}, {ForceName} ({format})", db.Actor.HomeForceId,
            Sections.Sum(s => s.Rows.Count), ct);

    /// <summary>Null when the page can be shown (with the pack, or with the quarter's error); otherwise what to answer.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return NotFound();
        }

        var today = db.Clock.Today();
        QuarterOptions = MeetingPages.QuarterOptions(today);
        ForceName = await db.Forces.Where(f => f.Id == forceId).Select(f => f.Name).SingleAsync(ct);
        if (string.IsNullOrWhiteSpace(Q))
        {
            Q = MeetingPages.Key(MeetingPages.Due(today));
        }

        if (!MeetingPages.TryQuarter(Q, today, out var quarter))
        {
            ModelState.AddModelError(nameof(Q), "Select a quarter from the list");
            return null;
        }

        Quarter = quarter;
        Q = MeetingPages.Key(quarter);
        Pack = await QuarterlyPack.BuildAsync(db, forceId, quarter, ct);
        Meeting = await MeetingRecords.ForQuarterAsync(db, names, forceId, quarter, ct);
        Sections = MeetingPack.Sections(Pack, Meeting);
        return null;
    }
}
