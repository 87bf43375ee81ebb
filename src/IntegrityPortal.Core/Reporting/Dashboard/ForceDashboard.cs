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
        var quarters = DashboardQuarters.Containing(today);
        // The gift measures, the costliest, are counted on a context of their own while this one
        // counts the rest (decision 0072).
        var gifts = SideBySide.StartAsync(db, sibling => GiftMeasures.LoadAsync(sibling, forceId, quarters, ct), ct);
        return await OnOneConnectionAsync(db, () => LoadAsync(db, forceId, today, quarters, gifts, ct), ct);
    }

    /// <summary>
    /// Runs a context's queries on one connection: EF would otherwise open and close one per
    /// query, and each opening applies the connection settings again.
    /// </summary>
    private static async Task<T> OnOneConnectionAsync<T>(IntegrityDbContext db, Func<Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await read();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<ForceDashboard> LoadAsync(IntegrityDbContext db, int forceId, DateOnly today, DashboardQuarters quarters, Task<GiftMeasures> giftMeasures, CancellationToken ct)
    {
        var threshold = await db.ForceSettings.Where(s => s.ForceId == forceId).Select(s => s.DashboardSmallCountThreshold).SingleAsync(ct);
        var current = quarters.Current;

        var byRank = await BusinessInterestFigures.SubmittedByRankAsync(db, forceId, current, ct);
        var rankRows = byRank
            .OrderBy(r => r.Rank is null ? int.MaxValue : (int)r.Rank)
            .Select(r => (r.Rank?.DisplayName() ?? "Police staff", r.Count))
            .ToList();
        var thisQuarter = await InvestigationFigures.ForPeriodAsync(db, forceId, current.FirstDay, current.LastDay, ct: ct);
        var interests = await BusinessInterestFigures.ByQuarterAsync(db, forceId, quarters, ct);
        var reviewsOverdue = await BusinessInterestFigures.ReviewsOverdueAsync(db, forceId, today, ct);
        var media = await MediaFigures.ByQuarterAsync(db, forceId, quarters, ct);
        var cases = await InvestigationFigures.ByQuarterAsync(db, forceId, quarters, ct);
        var ageing = await InvestigationFigures.OpenCaseAgeingAsync(db, forceId, today, ct);
        var staffing = quarters.Pair(await StaffingChange.AtEachAsync(db, forceId, [.. quarters.All.Select(quarters.AsAt)], ct));
        var procurement = await ProcurementFigures.ByQuarterAsync(db, forceId, quarters, ct);
        var policies = await PolicyFigures.ByQuarterAsync(db, forceId, quarters, ct);
        // Training and the self-assessment are small registers: their period figures, quarter by quarter.
        var training = await quarters.EachAsync(async q => (await TrainingPeriodFigures.ForForcesAsync(db, [forceId], q.FirstDay, q.LastDay, ct))[forceId]);
        var selfAssessment = await quarters.EachAsync(async q => (await SelfAssessmentFigures.ForForcesAsync(db, [forceId], q.FirstDay, q.LastDay, ct))[forceId]);
        var gifts = await giftMeasures;
        return new ForceDashboard(
            forceId,
            today,
            quarters,
            threshold,
            gifts.ByQuarter,
            gifts.MedianDaysToDeclare,
            gifts.ReviewBacklog,
            Breakdown.Of(gifts.ByDepartment, threshold),
            interests,
            reviewsOverdue,
            Breakdown.Of(rankRows, threshold),
            media,
            cases,
            thisQuarter.ByCategory,
            ageing,
            staffing,
            procurement,
            policies,
            training,
            selfAssessment);
    }

    /// <summary>
    /// The dashboard's gift measures. Quarters that have ended are read from their stored figures
    /// (<see cref="GiftClosedQuarter"/>); the rest, usually the current quarter alone, are counted
    /// on two contexts of their own: the quarters' figures and days to declare on one, the
    /// backlogs and departments on the other. Quarters counted that have ended are then stored.
    /// </summary>
    private sealed record GiftMeasures(
        IReadOnlyList<QuarterFigures<GiftFigures>> ByQuarter,
        IReadOnlyList<QuarterFigures<double?>> MedianDaysToDeclare,
        IReadOnlyList<QuarterFigures<ReviewBacklog>> ReviewBacklog,
        IReadOnlyList<(string Department, int Count)> ByDepartment)
    {
        public static async Task<GiftMeasures> LoadAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct)
        {
            var stored = await GiftClosedQuarter.StoredAsync(db, forceId, quarters, ct);
            var counted = quarters.Since(quarters.All.First(q => !stored.ContainsKey(q.FirstDay)));
            var backlogs = SideBySide.StartAsync(db, async sibling => (
                // The backlog at the end of each quarter; in the current quarter, today.
                await counted.EachAsync(q => GiftFigures.ReviewBacklogOnAsync(sibling, forceId, counted.AsAt(q), ct)),
                await GiftFigures.DeclaredByDepartmentAsync(sibling, forceId, quarters.Current.FirstDay, quarters.Current.LastDay, ct)), ct);
            var byQuarter = await GiftFigures.ByQuarterAsync(db, forceId, counted, ct);
            var medianDays = await GiftFigures.MedianDaysToDeclareByQuarterAsync(db, forceId, counted, ct);
            var (backlog, byDepartment) = await backlogs;

            var ended = counted.All
                .Select((q, i) => (Quarter: q, Row: GiftClosedQuarter.Of(forceId, q, byQuarter[i].Figures, medianDays[i].Figures, backlog[i].Figures)))
                .Where(c => counted.HasEnded(c.Quarter) && !stored.ContainsKey(c.Quarter.FirstDay))
                .ToDictionary(c => c.Quarter.FirstDay, c => c.Row);
            await GiftClosedQuarter.StoreAsync(db, forceId, ended.Values, ct);
            foreach (var (firstDay, row) in ended)
            {
                stored[firstDay] = row;
            }

            // Every quarter before the current one is now stored; the current one was counted.
            QuarterFigures<T> Each<T>(Quarter q, Func<GiftClosedQuarter, T> fromStored, IReadOnlyList<QuarterFigures<T>> fromCount) =>
                stored.TryGetValue(q.FirstDay, out var row) ? new(q, fromStored(row)) : fromCount.Single(f => f.Quarter == q);
            return new(
                [.. quarters.All.Select(q => Each(q, r => r.Figures, byQuarter))],
                [.. quarters.All.Select(q => Each(q, r => r.MedianDaysToDeclare, medianDays))],
                [.. quarters.All.Select(q => Each(q, r => r.Backlog, backlog))],
                byDepartment);
        }
    }
}
