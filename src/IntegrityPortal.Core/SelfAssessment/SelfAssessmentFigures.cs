using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.SelfAssessment;

/// <summary>
/// The self-assessment's figures for a force and period, counted by the database, for the
/// governance reports: assessments completed, actions completed, and the actions open and overdue
/// at the period's end (or today, for a period still running).
/// </summary>
/// <remarks>
/// An action's creation time and completion day are written once, so a past period's figures do
/// not change. <c>to</c> is inclusive.
/// </remarks>
public sealed record SelfAssessmentFigures(int AssessmentsCompleted, int ActionsCompleted, int ActionsOpen, int ActionsOverdue)
{
    public static readonly SelfAssessmentFigures None = new(0, 0, 0, 0);

    public static async Task<IReadOnlyDictionary<int, SelfAssessmentFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var today = db.Clock.Today();
        var asOf = to < today ? to : today;
        var endUtc = UkTime.StartOfDayUtc(asOf.AddDays(1));
        var assessments = await db.Assessments
            .Where(a => forceIds.Contains(a.ForceId) && a.CompletedOn >= from && a.CompletedOn <= to)
            .GroupBy(a => a.ForceId).Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ForceId, g => g.Count, ct);
        var actions = await db.AssessmentActions
            .Where(a => forceIds.Contains(a.ForceId) && a.CreatedUtc < endUtc)
            .GroupBy(a => a.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Completed = g.Count(a => a.CompletedOn >= from && a.CompletedOn <= to),
                Open = g.Count(a => a.CompletedOn == null || a.CompletedOn > asOf),
                Overdue = g.Count(a => (a.CompletedOn == null || a.CompletedOn > asOf) && a.DueOn < asOf),
            })
            .ToDictionaryAsync(g => g.ForceId, ct);
        return forceIds.ToDictionary(id => id, id => actions.TryGetValue(id, out var a)
            ? new SelfAssessmentFigures(assessments.GetValueOrDefault(id), a.Completed, a.Open, a.Overdue)
            : None with { AssessmentsCompleted = assessments.GetValueOrDefault(id) });
    }
}
