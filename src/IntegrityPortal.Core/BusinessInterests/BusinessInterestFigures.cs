using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Reporting.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.BusinessInterests;

/// <summary>
/// A force's figures for a period: the one place they are computed, for the PSD figures page
/// and the governance reports. The period selects applications by the day they were submitted
/// ("received"); each outcome is that of the applications received in the period, so the
/// figures of a closed period add up: received = approved + refused + withdrawn + pending.
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

    /// <summary>Several forces' figures in one query grouped by force; every force asked for is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, BusinessInterestFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.BusinessInterests
            .Where(b => forceIds.Contains(b.ForceId) && b.SubmittedOn != null && b.SubmittedOn >= from && b.SubmittedOn <= to)
            .GroupBy(b => b.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Received = g.Count(),
                Approved = g.Count(b => b.DecisionOutcome == DecisionOutcome.Approved || b.DecisionOutcome == DecisionOutcome.ApprovedWithConditions),
                WithConditions = g.Count(b => b.DecisionOutcome == DecisionOutcome.ApprovedWithConditions),
                Refused = g.Count(b => b.DecisionOutcome == DecisionOutcome.Refused),
                Withdrawn = g.Count(b => b.Status == InterestStatus.Withdrawn),
                Pending = g.Count(b => b.DecisionOutcome == null && b.Status != InterestStatus.Withdrawn),
                Appeals = g.Count(b => b.AppealLodgedOn != null),
                Upheld = g.Count(b => b.AppealOutcome == AppealOutcome.Upheld),
                Dismissed = g.Count(b => b.AppealOutcome == AppealOutcome.Dismissed),
                AppealsPending = g.Count(b => b.Status == InterestStatus.AppealLodged),
            })
            .ToListAsync(ct);
        return forceIds.ToDictionary(id => id, id => rows.SingleOrDefault(r => r.ForceId == id) is { } row
            ? new BusinessInterestFigures(row.Received, row.Approved, row.WithConditions, row.Refused, row.Withdrawn, row.Pending, row.Appeals, row.Upheld, row.Dismissed, row.AppealsPending)
            : None);
    }

    // Governance dashboard: quarterly measures (decision: dashboard figures). Each is one grouped
    // query over the dashboard's quarters; a quarter's figures depend only on dates inside it.

    /// <summary>
    /// Per quarter: applications submitted; decisions made, approved and refused; the median days
    /// from submission to decision of those decided; appeals lodged and appeals decided.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<InterestQuarter>>> ByQuarterAsync(
        IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var force = db.BusinessInterests.Where(b => b.ForceId == forceId);
        var submitted = await force.Where(b => b.SubmittedOn != null)
            .Where(quarters.Within<BusinessInterest>(b => b.SubmittedOn!.Value))
            .GroupBy(quarters.IndexOf<BusinessInterest>(b => b.SubmittedOn!.Value))
            .Select(g => new { Index = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var decided = await force.Where(b => b.DecidedOn != null && b.SubmittedOn != null)
            .Where(quarters.Within<BusinessInterest>(b => b.DecidedOn!.Value))
            .GroupBy(quarters.IndexOf<BusinessInterest>(b => b.DecidedOn!.Value))
            .Select(g => new
            {
                Index = g.Key,
                Decisions = g.Count(),
                Approved = g.Count(b => b.DecisionOutcome == DecisionOutcome.Approved || b.DecisionOutcome == DecisionOutcome.ApprovedWithConditions),
                Refused = g.Count(b => b.DecisionOutcome == DecisionOutcome.Refused),
            })
            .ToListAsync(ct);
        // The distribution of days to decision per month of decision: (year, month, days, count)
        // rows, a few hundred at most per quarter however many applications, from which each
        // quarter's median is taken (quarters are whole months of UK dates).
        var days = await force.Where(b => b.DecidedOn != null && b.SubmittedOn != null)
            .Where(quarters.Within<BusinessInterest>(b => b.DecidedOn!.Value))
            .GroupBy(b => new { b.DecidedOn!.Value.Year, b.DecidedOn!.Value.Month, Days = b.DecidedOn!.Value.DayNumber - b.SubmittedOn!.Value.DayNumber })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Days, Count = g.Count() })
            .ToListAsync(ct);
        var appeals = await force.Where(b => b.AppealLodgedOn != null)
            .Where(quarters.Within<BusinessInterest>(b => b.AppealLodgedOn!.Value))
            .GroupBy(quarters.IndexOf<BusinessInterest>(b => b.AppealLodgedOn!.Value))
            .Select(g => new { Index = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var appealsDecided = await force.Where(b => b.AppealDecidedOn != null)
            .Where(quarters.Within<BusinessInterest>(b => b.AppealDecidedOn!.Value))
            .GroupBy(quarters.IndexOf<BusinessInterest>(b => b.AppealDecidedOn!.Value))
            .Select(g => new { Index = g.Key, Count = g.Count(), Upheld = g.Count(b => b.AppealOutcome == AppealOutcome.Upheld) })
            .ToListAsync(ct);

        return [.. quarters.All.Select((q, i) =>
        {
            var d = decided.SingleOrDefault(r => r.Index == i);
            var a = appealsDecided.SingleOrDefault(r => r.Index == i);
            return new QuarterFigures<InterestQuarter>(q, new InterestQuarter(
                Submitted: submitted.SingleOrDefault(r => r.Index == i)?.Count ?? 0,
                Decisions: d?.Decisions ?? 0,
                Approved: d?.Approved ?? 0,
                Refused: d?.Refused ?? 0,
                MedianDaysToDecision: Median.Of(days.Where(r => Media.Quarter.Containing(new DateOnly(r.Year, r.Month, 1)) == q).Select(r => (r.Days, r.Count))),
                AppealsLodged: appeals.SingleOrDefault(r => r.Index == i)?.Count ?? 0,
                AppealsDecided: a?.Count ?? 0,
                AppealsUpheld: a?.Upheld ?? 0));
        })];
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
