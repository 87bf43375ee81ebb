using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// What the integrity board must decide or check, as counts: business-interest refusals of the
/// quarter for the consistency review, approved interests whose review is overdue, and open
/// cases older than <see cref="ForceDashboard.OldCaseMonths"/> months. The quarterly cross-check
/// of procurement against declarations needs the procurement register, which is not yet built.
/// </summary>
public sealed record BoardItems(int RefusalsThisQuarter, int ReviewsOverdue, int OldOpenCases, DateOnly OldCasesOpenedBefore)
{
    public static async Task<BoardItems> LoadAsync(IntegrityDbContext db, ForceDashboard dashboard, CancellationToken ct = default)
    {
        var before = dashboard.Today.AddMonths(-ForceDashboard.OldCaseMonths);
        var oldCases = await db.Investigations.CountAsync(i =>
            i.ForceId == dashboard.ForceId && i.Status != InvestigationStatus.Closed && i.OpenedOn <= before, ct);
        return new BoardItems(dashboard.Interests[^1].Figures.Refused, dashboard.InterestReviewsOverdue, oldCases, before);
    }
}
