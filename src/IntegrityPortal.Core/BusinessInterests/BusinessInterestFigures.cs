using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>
/// A force's figures for a period: the one place they are computed, for the PSD figures page
/// and the governance reports. The period selects applications by the day they were submitted
/// ("received"); each is read as it stood at the end of the period's last day, from the days of
/// its dated steps (<see cref="BusinessInterestStep"/>) up to then, so a decision, withdrawal or appeal
/// made after the period ended never changes the period's figures (ADR 0071). The figures of a
/// period add up: received = approved + refused + withdrawn + pending (pending at the period's end).
/// "Approved" counts approvals with and without conditions, as HMIC's reports do (ADR 0013);
/// it is the decision maker's decision, whatever an appeal or a later review did.
/// </summary>
public sealed record BusinessInterestFigures(
    int Received,
    int Approved,
    int ApprovedWithConditions,
    int Refused,
    int Withdrawn,
    int Pending,
    int Appeals,
    int AppealsUpheld,
    int AppealsDismissed,
    int AppealsPending)
{
    public static readonly BusinessInterestFigures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Counted by the database in one grouped query; <paramref name="to"/> is inclusive.</summary>
    public static async Task<BusinessInterestFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, ct))[forceId];

    /// <summary>
    /// Several forces' figures in one query grouped by force, however many forces: the
    /// applications received, each read as it stood at the end of the period from the days of its
    /// decision, withdrawal, appeal and appeal decision. Every force asked for is in the answer.
    /// </summary>
    /// <remarks>
    /// Those days, and the outcomes counted with them, are written once, by the workflow step
    /// that records the same event (<see cref="BusinessInterestStep"/>, dated in UTC; the row
    /// holds its UK day), and never changed or cleared, so counting them up to the period's last
    /// day counts the steps up to its end (ADR 0071). Reading the row rather than joining each
    /// application's steps lets the query count from one covering index,
    /// IX_BusinessInterests_ForceId_SubmittedOn_Figures, without touching the table.
    /// </remarks>
    public static async Task<IReadOnlyDictionary<int, BusinessInterestFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await PeriodCounts(db, forceIds, from, to).ToDictionaryAsync(r => r.ForceId, ct);
        return forceIds.ToDictionary(id => id, id => rows.TryGetValue(id, out var r)
            ? new BusinessInterestFigures(
                Received: r.Received,
                Approved: r.Approved,
                ApprovedWithConditions: r.ApprovedWithConditions,
                Refused: r.Refused,
                Withdrawn: r.Withdrawn,
                Pending: r.Received - r.Decided - r.Withdrawn,
                Appeals: r.Appeals,
                AppealsUpheld: r.AppealsUpheld,
                AppealsDismissed: r.AppealsDismissed,
                AppealsPending: r.Appeals - r.AppealsDecided)
            : None);
    }

    /// <summary>The applications received in the period, counted by force as they stood at the end of its last day <paramref name="to"/>.</summary>
    internal static IQueryable<PeriodCount> PeriodCounts(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to) =>
        db.BusinessInterests
            .Where(b => forceIds.Contains(b.ForceId) && b.SubmittedOn != null && b.SubmittedOn >= from && b.SubmittedOn <= to)
            .GroupBy(b => b.ForceId)
            .Select(g => new PeriodCount
            {
                ForceId = g.Key,
                Received = g.Count(),
                Decided = g.Count(b => b.DecidedOn <= to),
                Approved = g.Count(b => b.DecidedOn <= to && (b.DecisionOutcome == DecisionOutcome.Approved || b.DecisionOutcome == DecisionOutcome.ApprovedWithConditions)),
                ApprovedWithConditions = g.Count(b => b.DecidedOn <= to && b.DecisionOutcome == DecisionOutcome.ApprovedWithConditions),
                Refused = g.Count(b => b.DecidedOn <= to && b.DecisionOutcome == DecisionOutcome.Refused),
                Withdrawn = g.Count(b => b.WithdrawnOn <= to),
                Appeals = g.Count(b => b.AppealLodgedOn <= to),
                AppealsDecided = g.Count(b => b.AppealDecidedOn <= to),
                AppealsUpheld = g.Count(b => b.AppealDecidedOn <= to && b.AppealOutcome == AppealOutcome.Upheld),
                AppealsDismissed = g.Count(b => b.AppealDecidedOn <= to && b.AppealOutcome == AppealOutcome.Dismissed),
            });

    /// <summary>A force's applications received in a period, by where they stood at its end.</summary>
    internal sealed class PeriodCount
    {
        public int ForceId { get; init; }
        public int Received { get; init; }
        public int Decided { get; init; }
        public int Approved { get; init; }
        public int ApprovedWithConditions { get; init; }
        public int Refused { get; init; }
        public int Withdrawn { get; init; }
        public int Appeals { get; init; }
        public int AppealsDecided { get; init; }
        public int AppealsUpheld { get; init; }
        public int AppealsDismissed { get; init; }
    }

    // Governance dashboard: quarterly measures (decision: dashboard figures). Each quarter's
    // figures count the steps dated inside it, so a quarter that has ended never changes.

    /// <summary>
    /// Per quarter: applications submitted; decisions made, approved and refused; the median days
    /// from submission to decision of those decided; appeals lodged and appeals decided. Each is a
    /// count of the steps taken in the quarter (its UK days), in one query grouped by the quarter,
    /// the kind of step and what it decided; each median is taken from the few (days, count) rows
    /// of its quarter, however many applications.
    /// </summary>
    /// <remarks>
    /// The force's steps are read through the index on ForceId and filtered by kind and date; an
    /// index on (ForceId, Kind, OccurredUtc) would make this a range read (ADR 0071). The
    /// outcome and the days to decision come from the application's row, written once with the
    /// step and never changed (see <see cref="ForForcesAsync"/>).
    /// </remarks>
    public static async Task<IReadOnlyList<QuarterFigures<InterestQuarter>>> ByQuarterAsync(
        IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var rows = await QuarterSteps(db, forceId, quarters).ToListAsync(ct);

        return [.. quarters.All.Select((q, i) =>
        {
            var mine = rows.Where(r => r.Index == i).ToList();
            int Count(StepKind kind, Func<DecisionOutcome?, AppealOutcome?, bool>? which = null) =>
                mine.Where(r => r.Kind == kind && (which is null || which(r.Decision, r.Appeal))).Sum(r => r.Count);
            return new QuarterFigures<InterestQuarter>(q, new InterestQuarter(
                Submitted: Count(StepKind.Submitted),
                Decisions: Count(StepKind.Decided),
                Approved: Count(StepKind.Decided, (d, _) => d is DecisionOutcome.Approved or DecisionOutcome.ApprovedWithConditions),
                Refused: Count(StepKind.Decided, (d, _) => d == DecisionOutcome.Refused),
                MedianDaysToDecision: Median.Of(mine.Where(r => r.Kind == StepKind.Decided).GroupBy(r => r.Days).Select(g => (g.Key, g.Sum(r => r.Count)))),
                AppealsLodged: Count(StepKind.AppealLodged),
                AppealsDecided: Count(StepKind.AppealDecided),
                AppealsUpheld: Count(StepKind.AppealDecided, (_, a) => a == AppealOutcome.Upheld)));
        })];
    }

    /// <summary>The force's steps taken in the dashboard's quarters, counted by quarter, kind, outcome and (for decisions) days from submission.</summary>
    internal static IQueryable<QuarterStepCount> QuarterSteps(IntegrityDbContext db, int forceId, DashboardQuarters quarters)
    {
        var (startUtc, endUtc) = (quarters.First.StartUtc, quarters.Current.EndUtc);
        return db.Set<BusinessInterestStep>()
            .Where(s => s.ForceId == forceId && QuarterKinds.Contains(s.Kind) && s.OccurredUtc >= startUtc && s.OccurredUtc < endUtc)
            .Join(db.BusinessInterests, s => s.BusinessInterestId, b => b.Id, (s, b) => new QuarterStep
            {
                OccurredUtc = s.OccurredUtc,
                Kind = s.Kind,
                Decision = b.DecisionOutcome,
                Appeal = b.AppealOutcome,
                Days = s.Kind == StepKind.Decided && b.DecidedOn != null && b.SubmittedOn != null ? b.DecidedOn.Value.DayNumber - b.SubmittedOn.Value.DayNumber : 0,
            })
            .GroupBy(quarters.Expand((QuarterStep q) => new { Index = DashboardQuarters.Index(q.OccurredUtc), q.Kind, q.Decision, q.Appeal, q.Days }))
            .Select(g => new QuarterStepCount { Index = g.Key.Index, Kind = g.Key.Kind, Decision = g.Key.Decision, Appeal = g.Key.Appeal, Days = g.Key.Days, Count = g.Count() });
    }

    private static readonly StepKind[] QuarterKinds = [StepKind.Submitted, StepKind.Decided, StepKind.AppealLodged, StepKind.AppealDecided];

    /// <summary>A number of steps of one kind and outcome taken in a quarter (by index, 0 = oldest).</summary>
    internal sealed class QuarterStepCount
    {
        public int Index { get; init; }
        public StepKind Kind { get; init; }
        public DecisionOutcome? Decision { get; init; }
        public AppealOutcome? Appeal { get; init; }
        public int Days { get; init; }
        public int Count { get; init; }
    }

    /// <summary>A step as the quarterly figures count it.</summary>
    private sealed class QuarterStep
    {
        public DateTime OccurredUtc { get; init; }
        public StepKind Kind { get; init; }
        public DecisionOutcome? Decision { get; init; }
        public AppealOutcome? Appeal { get; init; }
        public int Days { get; init; }
    }

    /// <summary>Approved interests whose review date has passed, today: the reviews PSD owes.</summary>
    public static Task<int> ReviewsOverdueAsync(IntegrityDbContext db, int forceId, DateOnly today, CancellationToken ct = default) =>
        db.BusinessInterests.CountAsync(b => b.ForceId == forceId && b.Status == InterestStatus.Approved && b.ReviewDueOn != null && b.ReviewDueOn < today, ct);

    /// <summary>Applications submitted in a quarter by the applicant's rank (staff together), counted by the database.</summary>
    public static async Task<IReadOnlyList<(PoliceRank? Rank, int Count)>> SubmittedByRankAsync(
        IntegrityDbContext db, int forceId, Media.Quarter quarter, CancellationToken ct = default)
    {
        var rows = await db.BusinessInterests
            .Where(b => b.ForceId == forceId && b.SubmittedOn != null && b.SubmittedOn >= quarter.FirstDay && b.SubmittedOn <= quarter.LastDay)
            .GroupBy(b => b.Applicant!.Rank)
            .Select(g => new { Rank = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Rank, r.Count))];
    }
}

/// <summary>A quarter's business-interest measures on the governance dashboard.</summary>
public sealed record InterestQuarter(
    int Submitted,
    int Decisions,
    int Approved,
    int Refused,
    double? MedianDaysToDecision,
    int AppealsLodged,
    int AppealsDecided,
    int AppealsUpheld);
