using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// The policy library's figures, the one place they are counted (by the database): for a force
/// and period, for the governance reports, and for one version, for its compliance page and CSV.
/// </summary>
/// <param name="VersionsPublished">Versions published in the period (by UK day) that apply to the force.</param>
/// <param name="TasksDue">Tasks of the force's people whose read-by date fell in the period and has passed.</param>
/// <param name="ConfirmedByDueDate">Of those, confirmed on or before the read-by date.</param>
/// <remarks>
/// Only read-by dates that have passed are counted, and a confirmation is dated once and never
/// changes, so a past period's figures do not change. <c>to</c> is inclusive.
/// </remarks>
public sealed record PolicyFigures(int VersionsPublished, int TasksDue, int ConfirmedByDueDate)
{
    /// <summary>The confirmation rate at the due date, in per cent; null when nothing fell due.</summary>
    public double? ConfirmationRate => TasksDue == 0 ? null : Math.Round(100.0 * ConfirmedByDueDate / TasksDue, 1);

    public static async Task<PolicyFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var startUtc = UkTime.StartOfDayUtc(from);
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        var today = db.Clock.Today();
        var published = await db.PolicyVersions.CountAsync(v => v.Status == PolicyVersionStatus.Published
            && v.PublishedUtc >= startUtc && v.PublishedUtc < endUtc
            && v.Policy!.Forces.Any(f => f.ForceId == forceId), ct);
        var due = await db.PolicyTasks
            .Where(t => t.ForceId == forceId && t.DueOn >= from && t.DueOn <= to && t.DueOn < today)
            .GroupBy(t => t.ForceId)
            .Select(g => new { Due = g.Count(), Confirmed = g.Count(t => t.ConfirmedOn != null && t.ConfirmedOn <= t.DueOn) })
            .SingleOrDefaultAsync(ct);
        return new PolicyFigures(published, due?.Due ?? 0, due?.Confirmed ?? 0);
    }

    /// <summary>Who has and has not confirmed one version, in the forces the user sees, by department and by rank.</summary>
    public static async Task<VersionCompliance> ForVersionAsync(IntegrityDbContext db, int versionId, CancellationToken ct = default)
    {
        var today = db.Clock.Today();
        var tasks = db.PolicyTasks.Where(t => t.PolicyVersionId == versionId);
        var totals = await tasks.GroupBy(t => t.PolicyVersionId)
            .Select(g => new
            {
                Total = g.Count(),
                Confirmed = g.Count(t => t.ConfirmedUtc != null),
                Overdue = g.Count(t => t.ConfirmedUtc == null && t.DueOn < today),
            })
            .SingleOrDefaultAsync(ct);
        var byDepartment = await tasks.GroupBy(t => new { t.Person!.DepartmentId, Name = t.Person.Department!.Name })
            .Select(g => new ComplianceRow(g.Key.Name ?? "No department", g.Count(), g.Count(t => t.ConfirmedUtc != null)))
            .ToListAsync(ct);
        var byRank = await tasks.GroupBy(t => new { t.Person!.Kind, t.Person.Rank })
            .Select(g => new { g.Key.Kind, g.Key.Rank, Total = g.Count(), Confirmed = g.Count(t => t.ConfirmedUtc != null) })
            .ToListAsync(ct);
        return new VersionCompliance(
            totals?.Total ?? 0, totals?.Confirmed ?? 0, totals?.Overdue ?? 0,
            byDepartment.OrderBy(r => r.Group, StringComparer.Ordinal).ToList(),
            byRank.OrderBy(r => r.Kind).ThenBy(r => r.Rank)
                .Select(r => new ComplianceRow(r.Kind == PersonKind.Staff ? "Police staff" : r.Rank?.DisplayName() ?? "Officer (rank not recorded)", r.Total, r.Confirmed))
                .ToList());
    }
}

/// <summary>One group of a version's audience: how many must confirm and how many have.</summary>
public sealed record ComplianceRow(string Group, int Total, int Confirmed)
{
    public int NotConfirmed => Total - Confirmed;

    public double Percentage => Total == 0 ? 0 : Math.Round(100.0 * Confirmed / Total, 1);
}

public sealed record VersionCompliance(int Total, int Confirmed, int Overdue, IReadOnlyList<ComplianceRow> ByDepartment, IReadOnlyList<ComplianceRow> ByRank)
{
    public int NotConfirmed => Total - Confirmed;

    public double Percentage => Total == 0 ? 0 : Math.Round(100.0 * Confirmed / Total, 1);
}
