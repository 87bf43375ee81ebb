using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// A force's gifts and hospitality figures for a period: the one place they are counted, for
/// the governance reports. The period selects declarations by the day they were made; each is
/// read as it stood on the last day of the period (its latest dated step by then, see
/// <see cref="GiftDeclarationStatusChange"/>), so a later amendment or review never changes a
/// past period. Counted by the database in a few queries grouped by force; <c>to</c> is inclusive.
/// </summary>
/// <param name="Declared">Offers declared in the period, accepted or declined.</param>
/// <param name="Accepted">Accepted, with any approval they needed given by the end of the period.</param>
/// <param name="AwaitingApproval">Accepted but still awaiting the line manager's or PSD's approval at the end of the period.</param>
/// <param name="ApprovalRefused">Acceptances whose approval was refused.</param>
/// <param name="Declined">Offers declined.</param>
/// <param name="AcceptedValuePence">The value of the accepted offers.</param>
/// <param name="FromSuppliers">Offers from current suppliers or bidders.</param>
/// <param name="Late">Offers declared after the force's deadline.</param>
/// <param name="Reviewed">Declarations PSD had reviewed by the end of the period.</param>
/// <param name="NeedingAction">Of those reviewed, declarations PSD found needed action or referred for investigation.</param>
public sealed record GiftFigures(
    int Declared,
    int Accepted,
    int AwaitingApproval,
    int ApprovalRefused,
    int Declined,
    long AcceptedValuePence,
    int FromSuppliers,
    int Late,
    int Reviewed,
    int NeedingAction)
{
    public static readonly GiftFigures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static async Task<GiftFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, ct))[forceId];

    /// <summary>
    /// The figures of several forces, in a fixed number of queries grouped by force (the
    /// national comparison asks for every force at once). Every force asked for is in the
    /// answer, with <see cref="None"/> where it declared nothing.
    /// </summary>
    /// <remarks>
    /// A declaration with no step after the last day stood then as its row stands now. Those,
    /// most of any period, are counted for the period's whole months from
    /// <see cref="GiftMonthCount"/> (the rows as they stand, a few per force and month) less the
    /// rows changed after the last day, and for the days before the first whole month and after
    /// the last from the rows themselves (decision 0073). The rows changed after the last day are
    /// then counted as they stood on it, from their steps.
    /// </remarks>
    public static async Task<IReadOnlyDictionary<int, GiftFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var firstWhole = from.Day == 1 ? from : GiftMonthCount.MonthOf(from).AddMonths(1);
        var lastWhole = to.AddDays(1).Day == 1 ? to : GiftMonthCount.MonthOf(to).AddDays(-1);
        var figures = new List<IReadOnlyDictionary<int, GiftFigures>> { await CountStepsAsync(db, ChangedAfter(db, forceIds, from, to, to), to, ct) };
        if (firstWhole > lastWhole)
        {
            figures.Add(await CountRowsAsync(db, forceIds, from, to, to, ct));
        }
        else
        {
            figures.Add(await CountMonthsAsync(db, forceIds, firstWhole, lastWhole, ct));
            figures.Add(Negate(await Count(ChangedAfter(db, forceIds, firstWhole, lastWhole, to).Select(RowStatus), ct)));
            if (from < firstWhole)
            {
                figures.Add(await CountRowsAsync(db, forceIds, from, firstWhole.AddDays(-1), to, ct));
            }

            if (lastWhole < to)
            {
                figures.Add(await CountRowsAsync(db, forceIds, lastWhole.AddDays(1), to, to, ct));
            }
        }

        return forceIds.ToDictionary(id => id, id => figures.Aggregate(None, (sum, f) => sum.Add(f.GetValueOrDefault(id, None))));
    }

    /// <summary>The declarations made from <paramref name="from"/> to <paramref name="to"/> with no step after <paramref name="asAt"/>, counted from their rows (one pass over a covering index).</summary>
    private static Task<Dictionary<int, GiftFigures>> CountRowsAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, DateOnly asAt, CancellationToken ct) =>
        Count(db.GiftDeclarations.Where(d => forceIds.Contains(d.ForceId) && d.DeclaredOn >= from && d.DeclaredOn <= to && d.LastStepOn <= asAt).Select(RowStatus), ct);

    /// <summary>The whole period's figures counted from the rows alone, as before the kept counts: what the tests compare <see cref="ForForcesAsync"/> with.</summary>
    internal static async Task<IReadOnlyDictionary<int, GiftFigures>> CountFromRowsAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var unchanged = await CountRowsAsync(db, forceIds, from, to, to, ct);
        var changed = await CountStepsAsync(db, ChangedAfter(db, forceIds, from, to, to), to, ct);
        return forceIds.ToDictionary(id => id, id => unchanged.GetValueOrDefault(id, None).Add(changed.GetValueOrDefault(id, None)));
    }

    /// <summary>
    /// The declarations made from <paramref name="from"/> to <paramref name="to"/> with a step
    /// after <paramref name="asAt"/>. When that day was not long ago, those are few, and SQLite should seek them by the index on
    /// (ForceId, LastStepOn, DeclaredOn) rather than read every declaration of the period by the
    /// index on the date declared, which it prefers for a range on both sides: the date is then
    /// compared as an expression ("+ 0 days"), which no index serves. For a day long past, the
    /// range's own declarations are fewer than those changed since, and the date range is kept.
    /// </summary>
    internal static IQueryable<GiftDeclaration> ChangedAfter(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, DateOnly asAt)
    {
        var changed = db.GiftDeclarations.Where(d => forceIds.Contains(d.ForceId) && d.LastStepOn > asAt);
        return db.Clock.Today().DayNumber - asAt.DayNumber < to.DayNumber - from.DayNumber
            ? changed.Where(d => d.DeclaredOn.AddDays(0) >= from && d.DeclaredOn.AddDays(0) <= to)
            : changed.Where(d => d.DeclaredOn >= from && d.DeclaredOn <= to);
    }

    /// <summary>
    /// Declarations as they stood on <paramref name="asAt"/>: each one's last step effective by
    /// then, found as the highest step id (a correlated MAX that reads the declaration's few
    /// steps by index) and joined by key. EF would write "the first step in order" as a
    /// ROW_NUMBER() ranking of every step in the table, which cost seconds on the national data set.
    /// </summary>
    private static Task<Dictionary<int, GiftFigures>> CountStepsAsync(IntegrityDbContext db, IQueryable<GiftDeclaration> declarations, DateOnly asAt, CancellationToken ct) =>
        Count(declarations
            .Select(d => d.StatusChanges.Where(s => s.EffectiveOn <= asAt).Max(s => (int?)s.Id))
            .Join(db.Set<GiftDeclarationStatusChange>(), latest => latest, s => (int?)s.Id, (_, s) => s)
            .Select(s => new Status { Group = s.ForceId, Outcome = s.Outcome, ApprovalStatus = s.ApprovalStatus, ReviewStatus = s.ReviewStatus, ValuePence = s.ValuePence, IsFromSupplier = s.IsFromSupplier, IsLate = s.IsLate }), ct);

    /// <summary>
    /// The declarations made in the whole months from <paramref name="firstDay"/> to
    /// <paramref name="lastDay"/>, as their rows stand now, from the kept counts: one range of
    /// the counts' key per force. The conditions are those of <see cref="Count"/>, each count
    /// weighted by the declarations it stands for (the tests compare the two over many periods).
    /// </summary>
    private static async Task<Dictionary<int, GiftFigures>> CountMonthsAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly firstDay, DateOnly lastDay, CancellationToken ct)
    {
        var lastMonth = GiftMonthCount.MonthOf(lastDay);
        var rows = await db.Set<GiftMonthCount>()
            .Where(c => forceIds.Contains(c.ForceId) && c.Month >= firstDay && c.Month <= lastMonth)
            .GroupBy(c => c.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Declared = g.Sum(c => c.Count),
                Accepted = g.Sum(c => c.Outcome == OfferOutcome.Accepted && (c.ApprovalStatus == ApprovalStatus.NotRequired || c.ApprovalStatus == ApprovalStatus.Approved) ? c.Count : 0),
                Awaiting = g.Sum(c => c.Outcome == OfferOutcome.Accepted && (c.ApprovalStatus == ApprovalStatus.AwaitingLineManager || c.ApprovalStatus == ApprovalStatus.AwaitingPsd) ? c.Count : 0),
                Refused = g.Sum(c => c.Outcome == OfferOutcome.Accepted && c.ApprovalStatus == ApprovalStatus.Refused ? c.Count : 0),
                Declined = g.Sum(c => c.Outcome == OfferOutcome.Declined ? c.Count : 0),
                Value = g.Sum(c => c.Outcome == OfferOutcome.Accepted && (c.ApprovalStatus == ApprovalStatus.NotRequired || c.ApprovalStatus == ApprovalStatus.Approved) ? c.ValuePence : 0L),
                Suppliers = g.Sum(c => c.IsFromSupplier ? c.Count : 0),
                Late = g.Sum(c => c.IsLate ? c.Count : 0),
                Reviewed = g.Sum(c => c.ReviewStatus != ReviewStatus.AwaitingReview ? c.Count : 0),
                NeedingAction = g.Sum(c => c.ReviewStatus == ReviewStatus.NeedsAction || c.ReviewStatus == ReviewStatus.ReferredForInvestigation ? c.Count : 0),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.ForceId, r => new GiftFigures(r.Declared, r.Accepted, r.Awaiting, r.Refused, r.Declined, r.Value, r.Suppliers, r.Late, r.Reviewed, r.NeedingAction));
    }

    private static readonly System.Linq.Expressions.Expression<Func<GiftDeclaration, Status>> RowStatus = d => new Status
    {
        Group = d.ForceId, Outcome = d.Outcome, ApprovalStatus = d.ApprovalStatus, ReviewStatus = d.ReviewStatus,
        ValuePence = d.ValuePence, IsFromSupplier = d.IsFromSupplier, IsLate = d.IsLate,
    };

    private static Dictionary<int, GiftFigures> Negate(Dictionary<int, GiftFigures> figures) =>
        figures.ToDictionary(f => f.Key, f => None.Add(f.Value, -1));

    /// <summary>
    /// One force's figures for each of the dashboard's quarters, exactly as
    /// <see cref="ForPeriodAsync"/> gives them quarter by quarter, in the same two queries grouped
    /// by the quarter the declaration was made in: a declaration is read as it stood at the end of
    /// its own quarter.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<GiftFigures>>> ByQuarterAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var declared = db.GiftDeclarations.Where(d => d.ForceId == forceId).Where(quarters.Within<GiftDeclaration>(d => d.DeclaredOn));
        var unchanged = await Count(declared
            .Where(quarters.Expand((GiftDeclaration d) => d.LastStepOn <= DashboardQuarters.LastDayOf(d.DeclaredOn)))
            .Select(quarters.Expand((GiftDeclaration d) => new Status { Group = DashboardQuarters.Index(d.DeclaredOn), Outcome = d.Outcome, ApprovalStatus = d.ApprovalStatus, ReviewStatus = d.ReviewStatus, ValuePence = d.ValuePence, IsFromSupplier = d.IsFromSupplier, IsLate = d.IsLate })), ct);
        var changedSince = await Count(declared
            .Where(quarters.Expand((GiftDeclaration d) => d.LastStepOn > DashboardQuarters.LastDayOf(d.DeclaredOn)))
            .Select(quarters.Expand((GiftDeclaration d) => new
            {
                Group = DashboardQuarters.Index(d.DeclaredOn),
                StepId = d.StatusChanges.Where(s => s.EffectiveOn <= DashboardQuarters.LastDayOf(d.DeclaredOn)).Max(s => (int?)s.Id),
            }))
            .Join(db.Set<GiftDeclarationStatusChange>(), latest => latest.StepId, s => (int?)s.Id, (latest, s) => new Status { Group = latest.Group, Outcome = s.Outcome, ApprovalStatus = s.ApprovalStatus, ReviewStatus = s.ReviewStatus, ValuePence = s.ValuePence, IsFromSupplier = s.IsFromSupplier, IsLate = s.IsLate }), ct);
        return [.. quarters.All.Select((q, i) => new QuarterFigures<GiftFigures>(q, unchanged.GetValueOrDefault(i, None).Add(changedSince.GetValueOrDefault(i, None))))];
    }

    /// <summary>Where one declaration stood, from its row or from a step: what the figures count, in a group (a force, or a quarter).</summary>
    private sealed class Status
    {
        public int Group { get; init; }
        public OfferOutcome Outcome { get; init; }
        public ApprovalStatus ApprovalStatus { get; init; }
        public ReviewStatus ReviewStatus { get; init; }
        public long ValuePence { get; init; }
        public bool IsFromSupplier { get; init; }
        public bool IsLate { get; init; }
    }

    private static async Task<Dictionary<int, GiftFigures>> Count(IQueryable<Status> statuses, CancellationToken ct)
    {
        var rows = await statuses
            .GroupBy(s => s.Group)
            .Select(g => new
            {
                Group = g.Key,
                Declared = g.Count(),
                Accepted = g.Count(s => s.Outcome == OfferOutcome.Accepted && (s.ApprovalStatus == ApprovalStatus.NotRequired || s.ApprovalStatus == ApprovalStatus.Approved)),
                Awaiting = g.Count(s => s.Outcome == OfferOutcome.Accepted && (s.ApprovalStatus == ApprovalStatus.AwaitingLineManager || s.ApprovalStatus == ApprovalStatus.AwaitingPsd)),
                Refused = g.Count(s => s.Outcome == OfferOutcome.Accepted && s.ApprovalStatus == ApprovalStatus.Refused),
                Declined = g.Count(s => s.Outcome == OfferOutcome.Declined),
                Value = g.Sum(s => s.Outcome == OfferOutcome.Accepted && (s.ApprovalStatus == ApprovalStatus.NotRequired || s.ApprovalStatus == ApprovalStatus.Approved) ? s.ValuePence : 0L),
                Suppliers = g.Count(s => s.IsFromSupplier),
                Late = g.Count(s => s.IsLate),
                Reviewed = g.Count(s => s.ReviewStatus != ReviewStatus.AwaitingReview),
                NeedingAction = g.Count(s => s.ReviewStatus == ReviewStatus.NeedsAction || s.ReviewStatus == ReviewStatus.ReferredForInvestigation),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Group, r => new GiftFigures(r.Declared, r.Accepted, r.Awaiting, r.Refused, r.Declined, r.Value, r.Suppliers, r.Late, r.Reviewed, r.NeedingAction));
    }

    private GiftFigures Add(GiftFigures other, int sign = 1) => new(
        Declared + sign * other.Declared,
        Accepted + sign * other.Accepted,
        AwaitingApproval + sign * other.AwaitingApproval,
        ApprovalRefused + sign * other.ApprovalRefused,
        Declined + sign * other.Declined,
        AcceptedValuePence + sign * other.AcceptedValuePence,
        FromSuppliers + sign * other.FromSuppliers,
        Late + sign * other.Late,
        Reviewed + sign * other.Reviewed,
        NeedingAction + sign * other.NeedingAction);

    // Governance dashboard measures (decision: dashboard figures), kept apart from the period
    // figures above. Each is counted by the database and reads the dated status changes.

    /// <summary>Declarations count as waiting long when PSD had not reviewed them after this many days.</summary>
    public const int BacklogAgeDays = 28;

    /// <summary>
    /// PSD's review backlog on a date: declarations made by then whose latest step by then left
    /// them awaiting review, how long the oldest had waited, and how many had waited more than
    /// <see cref="BacklogAgeDays"/> days.
    /// </summary>
    public static async Task<ReviewBacklog> ReviewBacklogOnAsync(IntegrityDbContext db, int forceId, DateOnly date, CancellationToken ct = default)
    {
        var old = date.AddDays(-BacklogAgeDays);
        var made = db.GiftDeclarations.Where(d => d.ForceId == forceId && d.DeclaredOn <= date);
        // As for the period figures: the row where nothing changed after the date, else the latest step by then.
        var waiting = made.Where(d => d.LastStepOn <= date && d.ReviewStatus == ReviewStatus.AwaitingReview)
            .Concat(made.Where(d => d.LastStepOn > date
                && d.StatusChanges.Where(s => s.EffectiveOn <= date).OrderByDescending(s => s.Id).Select(s => (ReviewStatus?)s.ReviewStatus).FirstOrDefault()
                    == ReviewStatus.AwaitingReview));
        var row = await waiting
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(d => d.DeclaredOn), Over = g.Count(d => d.DeclaredOn < old) })
            .SingleOrDefaultAsync(ct);
        return row is null ? new ReviewBacklog(0, null, 0) : new ReviewBacklog(row.Count, date.DayNumber - row.Oldest.DayNumber, row.Over);
    }

    /// <summary>
    /// The median days from offer to declaration of the declarations made in each quarter. The
    /// database counts the declarations per quarter and number of days; each median is taken from
    /// those few rows (bounded by the spread of days, not by the number of declarations).
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<double?>>> MedianDaysToDeclareByQuarterAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var counted = await db.GiftDeclarations
            .Where(d => d.ForceId == forceId)
            .Where(quarters.Within<GiftDeclaration>(d => d.DeclaredOn))
            .GroupBy(quarters.Expand((GiftDeclaration d) => new { Index = DashboardQuarters.Index(d.DeclaredOn), Days = d.DeclaredOn.DayNumber - d.OfferedOn.DayNumber }))
            .Select(g => new { g.Key.Index, g.Key.Days, Count = g.Count() })
            .ToListAsync(ct);
        return [.. quarters.All.Select((q, i) => new QuarterFigures<double?>(q, Median.Of(counted.Where(c => c.Index == i).Select(c => (c.Days, c.Count)))))];
    }

    /// <summary>Declarations made in a period by the declarant's department at the time, by name.</summary>
    public static async Task<IReadOnlyList<(string Department, int Count)>> DeclaredByDepartmentAsync(
        IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.GiftDeclarations
            .Where(d => d.ForceId == forceId && d.DeclaredOn >= from && d.DeclaredOn <= to)
            .GroupBy(d => d.DepartmentId)
            .Select(g => new { DepartmentId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var ids = rows.Where(r => r.DepartmentId != null).Select(r => r.DepartmentId!.Value).ToList();
        var names = await db.Departments.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return [.. rows
            .Select(r => (Department: r.DepartmentId is { } id ? names[id] : "No department recorded", r.Count))
            .OrderBy(r => r.Department, StringComparer.Ordinal)];
    }
}

/// <summary>PSD's review backlog on a date (see <see cref="GiftFigures.ReviewBacklogOnAsync"/>).</summary>
public sealed record ReviewBacklog(int Count, int? OldestDays, int OverAgeDays);
