using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Reporting.Dashboard;
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

    public static readonly PolicyFigures None = new(0, 0, 0);

    public static async Task<PolicyFigures> ForPeriodAsync(IntegrityDbContext db, int forceId, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ForForcesAsync(db, [forceId], from, to, ct))[forceId];

    /// <summary>Several forces' figures in two queries grouped by force (versions, tasks); every force asked for is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, PolicyFigures>> ForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var startUtc = UkTime.StartOfDayUtc(from);
        var endUtc = UkTime.StartOfDayUtc(to.AddDays(1));
        var today = db.Clock.Today();
        var counted = await CountAsync(
            // A version shared by an alliance counts for each force it applies to.
            db.PolicyVersions
                .Where(v => v.Status == PolicyVersionStatus.Published && v.PublishedUtc >= startUtc && v.PublishedUtc < endUtc)
                .SelectMany(v => v.Policy!.Forces.Where(f => forceIds.Contains(f.ForceId)), (v, f) => f.ForceId),
            db.PolicyTasks
                .Where(t => forceIds.Contains(t.ForceId) && t.DueOn >= from && t.DueOn <= to && t.DueOn < today)
                .Select(t => new DueTask { Group = t.ForceId, Confirmed = t.ConfirmedOn != null && t.ConfirmedOn <= t.DueOn }),
            ct);
        return forceIds.ToDictionary(id => id, id => counted.GetValueOrDefault(id, None));
    }

    /// <summary>
    /// One force's figures for each of the dashboard's quarters, as <see cref="ForPeriodAsync"/>
    /// gives them quarter by quarter, in two queries grouped by the quarter of publication and of the read-by date.
    /// </summary>
    public static async Task<IReadOnlyList<QuarterFigures<PolicyFigures>>> ByQuarterAsync(IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var (startUtc, endUtc) = (quarters.First.StartUtc, quarters.Current.EndUtc);
        var today = db.Clock.Today();
        var counted = await CountAsync(
            db.PolicyVersions
                .Where(v => v.Status == PolicyVersionStatus.Published && v.PublishedUtc >= startUtc && v.PublishedUtc < endUtc
                    && v.Policy!.Forces.Any(f => f.ForceId == forceId))
                .Select(quarters.Expand((PolicyVersion v) => DashboardQuarters.Index(v.PublishedUtc!.Value))),
            db.PolicyTasks
                .Where(t => t.ForceId == forceId && t.DueOn < today)
                .Where(quarters.Within<PolicyTask>(t => t.DueOn))
                .Select(quarters.Expand((PolicyTask t) => new DueTask { Group = DashboardQuarters.Index(t.DueOn), Confirmed = t.ConfirmedOn != null && t.ConfirmedOn <= t.DueOn })),
            ct);
        return quarters.Pair([.. quarters.All.Select((_, i) => counted.GetValueOrDefault(i, None))]);
    }

    /// <summary>A task as the figures count it, in a group (a force, or a quarter): confirmed by its read-by date or not.</summary>
    private sealed class DueTask
    {
        public int Group { get; init; }
        public bool Confirmed { get; init; }
    }

    private static async Task<Dictionary<int, PolicyFigures>> CountAsync(IQueryable<int> publishedGroups, IQueryable<DueTask> tasks, CancellationToken ct)
    {
        var published = await publishedGroups.GroupBy(g => g).Select(g => new { Group = g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Group, r => r.Count, ct);
        var due = await tasks.GroupBy(t => t.Group)
            .Select(g => new { Group = g.Key, Due = g.Count(), Confirmed = g.Count(t => t.Confirmed) })
            .ToDictionaryAsync(r => r.Group, ct);
        return published.Keys.Union(due.Keys).ToDictionary(group => group, group =>
            new PolicyFigures(published.GetValueOrDefault(group), due.GetValueOrDefault(group)?.Due ?? 0, due.GetValueOrDefault(group)?.Confirmed ?? 0));
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
