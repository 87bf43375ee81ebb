using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>One row of a breakdown, its count shown or suppressed (see <see cref="SmallCounts"/>).</summary>
public sealed record BreakdownRow(string Label, ShownCount Count);

/// <summary>A breakdown of one quarter's count, with its total (always shown: it is the force's figure).</summary>
public sealed record Breakdown(IReadOnlyList<BreakdownRow> Rows, int Total, int Threshold)
{
    public static Breakdown Of(IReadOnlyList<(string Label, int Count)> counts, int threshold)
    {
        var shown = SmallCounts.Suppress([.. counts.Select(c => c.Count)], threshold);
        return new([.. counts.Select((c, i) => new BreakdownRow(c.Label, shown[i]))], counts.Sum(c => c.Count), threshold);
    }
}

/// <summary>
/// A force's integrity position for the governance dashboards: this quarter against the eight
/// before it, register by register. It composes each register's figures class and holds
/// counts and rates only: no name, reference or free text of any record reaches it.
/// </summary>
public sealed record ForceDashboard(
    int ForceId,
    DateOnly Today,
    DashboardQuarters Quarters,
    int SmallCountThreshold,
    IReadOnlyList<QuarterFigures<GiftFigures>> Gifts,
    IReadOnlyList<QuarterFigures<double?>> GiftMedianDaysToDeclare,
    IReadOnlyList<QuarterFigures<ReviewBacklog>> GiftReviewBacklog,
    Breakdown GiftsByDepartment,
    IReadOnlyList<QuarterFigures<InterestQuarter>> Interests,
    int InterestReviewsOverdue,
    Breakdown InterestsByRank,
    IReadOnlyList<QuarterFigures<MediaFigures>> Media,
    IReadOnlyList<QuarterFigures<CaseQuarter>> Cases,
    IReadOnlyList<CategoryFigures> CasesByCategoryThisQuarter,
    CaseAgeing OpenCaseAgeing,
    IReadOnlyList<QuarterFigures<StaffingAt?>> Staffing,
    IReadOnlyList<QuarterFigures<ProcurementFigures>> Procurement,
    IReadOnlyList<QuarterFigures<PolicyFigures>> Policies,
    IReadOnlyList<QuarterFigures<TrainingPeriodFigures>> Training,
    IReadOnlyList<QuarterFigures<SelfAssessmentFigures>> SelfAssessment)
{
    /// <summary>Open cases older than this many months are put to the integrity board.</summary>
    public const int OldCaseMonths = 12;

    public static async Task<ForceDashboard> LoadAsync(IntegrityDbContext db, int forceId, DateOnly today, CancellationToken ct = default)
    {
        // One connection for the dashboard's hundred or so queries: EF would otherwise open and
        // close one per query, and each opening applies the connection settings again.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await LoadOnOpenConnectionAsync(db, forceId, today, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<ForceDashboard> LoadOnOpenConnectionAsync(IntegrityDbContext db, int forceId, DateOnly today, CancellationToken ct)
    {
        var quarters = DashboardQuarters.Containing(today);
        var threshold = await db.ForceSettings.Where(s => s.ForceId == forceId).Select(s => s.DashboardSmallCountThreshold).SingleAsync(ct);
        var current = quarters.Current;

        var byDepartment = await GiftFigures.DeclaredByDepartmentAsync(db, forceId, current.FirstDay, current.LastDay, ct);
        var byRank = await BusinessInterestFigures.SubmittedByRankAsync(db, forceId, current, ct);
        var rankRows = byRank
            .OrderBy(r => r.Rank is null ? int.MaxValue : (int)r.Rank)
            .Select(r => (r.Rank?.DisplayName() ?? "Police staff", r.Count))
            .ToList();
        var thisQuarter = await InvestigationFigures.ForPeriodAsync(db, forceId, current.FirstDay, current.LastDay, ct: ct);
        return new ForceDashboard(
            forceId,
            today,
            quarters,
            threshold,
            await GiftFigures.ByQuarterAsync(db, forceId, quarters, ct),
            await GiftFigures.MedianDaysToDeclareByQuarterAsync(db, forceId, quarters, ct),
            // The backlog at the end of each quarter; in the current quarter, today.
            await quarters.EachAsync(q => GiftFigures.ReviewBacklogOnAsync(db, forceId, quarters.AsAt(q), ct)),
            Breakdown.Of(byDepartment, threshold),
            await BusinessInterestFigures.ByQuarterAsync(db, forceId, quarters, ct),
            await BusinessInterestFigures.ReviewsOverdueAsync(db, forceId, today, ct),
            Breakdown.Of(rankRows, threshold),
            await MediaFigures.ByQuarterAsync(db, forceId, quarters, ct),
            await InvestigationFigures.ByQuarterAsync(db, forceId, quarters, ct),
            thisQuarter.ByCategory,
            await InvestigationFigures.OpenCaseAgeingAsync(db, forceId, today, ct),
            quarters.Pair(await StaffingChange.AtEachAsync(db, forceId, [.. quarters.All.Select(quarters.AsAt)], ct)),
            await ProcurementFigures.ByQuarterAsync(db, forceId, quarters, ct),
            await PolicyFigures.ByQuarterAsync(db, forceId, quarters, ct),
            // Training and the self-assessment are small registers: their period figures, quarter by quarter.
            await quarters.EachAsync(async q => (await TrainingPeriodFigures.ForForcesAsync(db, [forceId], q.FirstDay, q.LastDay, ct))[forceId]),
            await quarters.EachAsync(async q => (await SelfAssessmentFigures.ForForcesAsync(db, [forceId], q.FirstDay, q.LastDay, ct))[forceId]));
    }
}
