using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>
/// A force's figures for a period: the one place they are computed, for the PSD figures page
/// and the governance reports. The period selects applications by the day they were submitted
/// ("received"); each is read as it stood at the end of the period's last day, from its dated
/// steps (<see cref="BusinessInterestStep"/>) up to then, so a decision, withdrawal or appeal
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

    /// <summary>The steps that settle where an application stood for the period figures; each is taken at most once in an application's life.</summary>
    private static readonly StepKind[] CountedSteps = [StepKind.Decided, StepKind.Withdrawn, StepKind.AppealLodged, StepKind.AppealDecided];

    /// <summary>Counted by the database in two grouped queries; <paramref name="to"/> is inclusive.</summary>
    public static async Task<BusinessInterestFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, ct))[forceId];

    /// <summary>
    /// Several forces' figures in two queries grouped by force, however many forces: the
    /// applications received, and their deciding steps dated up to the end of the period (each
    /// application's few steps read through the index on (BusinessInterestId, OccurredUtc)).
    /// Every force asked for is in the answer.
    /// </summary>
    /// <remarks>
    /// A step says when; the outcome counted with it is the row's decision or appeal outcome,
    /// which is written once, with that step, and never changed (a step's own outcome is display
    /// text). Each counted kind of step happens at most once in an application's life (the
    /// workflow allows one decision, one withdrawal, one appeal and one appeal decision), so
    /// counting steps counts applications.
    /// </remarks>
    public static async Task<IReadOnlyDictionary<int, BusinessInterestFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var counts = await ReceivedIn(db, forceIds, from, to)
            .GroupBy(b => b.ForceId)
            .Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.ForceId, r => r.Count, ct);
        var steps = await PeriodSteps(db, forceIds, from, to).ToListAsync(ct);
        return forceIds.ToDictionary(id => id, id =>
        {
            var mine = steps.Where(s => s.ForceId == id).ToList();
            int Count(StepKind kind, Func<DecisionOutcome?, AppealOutcome?, bool>? which = null) =>
                mine.Where(s => s.Kind == kind && (which is null || which(s.DecisionOutcome, s.AppealOutcome))).Sum(s => s.Count);
            var total = counts.GetValueOrDefault(id);
            var decided = Count(StepKind.Decided);
            var withdrawn = Count(StepKind.Withdrawn);
            var appeals = Count(StepKind.AppealLodged);
            var appealsDecided = Count(StepKind.AppealDecided);
            return new BusinessInterestFigures(
                Received: total,
                Approved: Count(StepKind.Decided, (d, _) => d is DecisionOutcome.Approved or DecisionOutcome.ApprovedWithConditions),
                ApprovedWithConditions: Count(StepKind.Decided, (d, _) => d == DecisionOutcome.ApprovedWithConditions),
                Refused: Count(StepKind.Decided, (d, _) => d == DecisionOutcome.Refused),
                Withdrawn: withdrawn,
                Pending: total - decided - withdrawn,
                Appeals: appeals,
                AppealsUpheld: Count(StepKind.AppealDecided, (_, a) => a == AppealOutcome.Upheld),
                AppealsDismissed: Count(StepKind.AppealDecided, (_, a) => a == AppealOutcome.Dismissed),
                AppealsPending: appeals - appealsDecided);
        });
    }

    private static IQueryable<BusinessInterest> ReceivedIn(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to) =>
        db.BusinessInterests.Where(b => forceIds.Contains(b.ForceId) && b.SubmittedOn != null && b.SubmittedOn >= from && b.SubmittedOn <= to);

    /// <summary>The deciding steps, up to the end of <paramref name="to"/>, of the applications received in the period, counted by force, kind and outcome.</summary>
    internal static IQueryable<StepCount> PeriodSteps(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to)
    {
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        return ReceivedIn(db, forceIds, from, to)
            .SelectMany(b => b.Steps.Where(s => CountedSteps.Contains(s.Kind) && s.OccurredUtc < endUtc),
                (b, s) => new { b.ForceId, s.Kind, b.DecisionOutcome, b.AppealOutcome })
            .GroupBy(x => new { x.ForceId, x.Kind, x.DecisionOutcome, x.AppealOutcome })
            .Select(g => new StepCount { ForceId = g.Key.ForceId, Kind = g.Key.Kind, DecisionOutcome = g.Key.DecisionOutcome, AppealOutcome = g.Key.AppealOutcome, Count = g.Count() });
    }

    /// <summary>A number of steps of one kind and outcome, in a force.</summary>
    internal sealed class StepCount
    {
        public int ForceId { get; init; }
        public StepKind Kind { get; init; }
        public DecisionOutcome? DecisionOutcome { get; init; }
        public AppealOutcome? AppealOutcome { get; init; }
        public int Count { get; init; }
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
