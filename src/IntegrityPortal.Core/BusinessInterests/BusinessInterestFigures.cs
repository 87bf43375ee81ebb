using IntegrityPortal.Core.Data;
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
    /// <summary>Counted by the database in one grouped query; <paramref name="to"/> is inclusive.</summary>
    public static async Task<BusinessInterestFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var row = await db.BusinessInterests
            .Where(b => b.ForceId == forceId && b.SubmittedOn != null && b.SubmittedOn >= from && b.SubmittedOn <= to)
            .GroupBy(_ => 1)
            .Select(g => new
            {
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
            .SingleOrDefaultAsync(ct);
        return row is null
            ? new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            : new(row.Received, row.Approved, row.WithConditions, row.Refused, row.Withdrawn, row.Pending, row.Appeals, row.Upheld, row.Dismissed, row.AppealsPending);
    }
}
