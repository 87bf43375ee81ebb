using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>
/// The user's force's quarters, newest first, each with its meeting: signed off, awaiting
/// sign-off, or due (no record yet). Today's quarter is listed as in progress, since its meeting
/// is held after it ends. Paged, eight quarters to a page, back as far as the force's earliest
/// meeting or three years, whichever is longer.
/// </summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public const int PageSize = 8;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public sealed record QuarterRow(Quarter Quarter, int? MeetingId, DateOnly? HeldOn, bool SignedOff, bool Current);

    public IReadOnlyList<QuarterRow> Rows { get; private set; } = [];
    public int PageCount { get; private set; }
    public string ForceName { get; private set; } = string.Empty;
    public string? Confirmation => TempData[MeetingPages.ConfirmationKey] as string;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return NotFound();
        }

        ForceName = await db.Forces.Where(f => f.Id == forceId).Select(f => f.Name).SingleAsync(ct);
        var today = db.Clock.Today();
        var current = Quarter.Containing(today);
        var earliestYear = await db.CrossCheckMeetings.Where(m => m.ForceId == forceId).MinAsync(m => (int?)m.QuarterYear, ct);
        var total = Math.Max(MeetingPages.QuartersOffered, earliestYear is { } y ? (current.Year - y + 1) * 4 : 0);
        PageCount = (total + PageSize - 1) / PageSize;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        var quarters = new List<Quarter>();
        var quarter = current;
        for (var i = 0; i < PageNumber * PageSize && i < total; i++, quarter = quarter.Previous)
        {
            if (i >= (PageNumber - 1) * PageSize)
            {
                quarters.Add(quarter);
            }
        }

        // One query for the page's meetings: the quarters are contiguous, so a range of years bounds them.
        var (fromYear, toYear) = (quarters[^1].Year, quarters[0].Year);
        var meetings = await db.CrossCheckMeetings.AsNoTracking()
            .Where(m => m.ForceId == forceId && m.QuarterYear >= fromYear && m.QuarterYear <= toYear)
            .Select(m => new { m.Id, m.QuarterYear, m.QuarterNumber, m.HeldOn, m.SignedOffUtc })
            .ToListAsync(ct);
        Rows = quarters.Select(q => meetings.FirstOrDefault(m => m.QuarterYear == q.Year && m.QuarterNumber == q.Number) is { } m
            ? new QuarterRow(q, m.Id, m.HeldOn, m.SignedOffUtc is not null, q == current)
            : new QuarterRow(q, null, null, false, q == current)).ToList();
        return Page();
    }

    public static string PageHref(int page) => page == 1 ? "/Procurement/Meetings" : $"/Procurement/Meetings?pageNumber={page}";
}
