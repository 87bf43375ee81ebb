using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// What the integrity board must decide or check, as counts: business-interest refusals of the
/// quarter for the consistency review, approved interests whose review is overdue, and open
/// cases older than <see cref="ForceDashboard.OldCaseMonths"/> months, and for the quarterly
/// procurement cross-check, the matches raised this quarter and those PSD has still to settle,
/// and whether the last quarter's cross-check meeting was held and its record signed off.
/// </summary>
public sealed record BoardItems(int RefusalsThisQuarter, int ReviewsOverdue, int OldOpenCases, DateOnly OldCasesOpenedBefore, int MatchesThisQuarter, int MatchesOpen,
    Quarter LastQuarter, DateOnly? LastQuarterMeetingHeldOn, bool LastQuarterMeetingSignedOff)
{
    public static async Task<BoardItems> LoadAsync(IntegrityDbContext db, ForceDashboard dashboard, CancellationToken ct = default)
    {
        var before = dashboard.Today.AddMonths(-ForceDashboard.OldCaseMonths);
        var oldCases = await db.Investigations.CountAsync(i =>
            i.ForceId == dashboard.ForceId && i.Status != InvestigationStatus.Closed && i.OpenedOn <= before, ct);
        var openMatches = await db.ProcurementMatches.CountAsync(m => m.ForceId == dashboard.ForceId && m.Status == MatchStatus.New, ct);
        var last = Quarter.Containing(dashboard.Today).Previous;
        var meeting = await db.CrossCheckMeetings.AsNoTracking()
            .Where(m => m.ForceId == dashboard.ForceId && m.QuarterYear == last.Year && m.QuarterNumber == last.Number)
            .Select(m => new { m.HeldOn, SignedOff = m.SignedOffUtc != null }).SingleOrDefaultAsync(ct);
        return new BoardItems(dashboard.Interests[^1].Figures.Refused, dashboard.InterestReviewsOverdue, oldCases, before,
            dashboard.Procurement[^1].Figures.Raised, openMatches, last, meeting?.HeldOn, meeting?.SignedOff ?? false);
    }
}
