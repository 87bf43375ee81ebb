using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>A quarter's gifts and hospitality measures on the governance dashboard.</summary>
/// <param name="BacklogAtEnd">Declarations made by the quarter's end (today, in the current quarter) that PSD had not reviewed by then.</param>
/// <param name="OldestBacklogDays">Days the oldest of those had waited at the quarter's end.</param>
/// <param name="BacklogOver28Days">Of the backlog, those that had waited more than 28 days.</param>
public sealed record GiftQuarter(
    int Declarations,
    int Accepted,
    int Declined,
    int Late,
    double? MedianDaysToDeclare,
    int BacklogAtEnd,
    int? OldestBacklogDays,
    int BacklogOver28Days);

/// <summary>Gifts and hospitality measures per quarter, each counted by the database (decision: dashboard figures).</summary>
public static class GiftQuarterMeasures
{
    public const int BacklogAgeDays = 28;

    public static async Task<IReadOnlyList<QuarterFigures<GiftQuarter>>> ByQuarterAsync(
        IntegrityDbContext db, int forceId, DashboardQuarters quarters, CancellationToken ct = default)
    {
        var force = db.GiftDeclarations.Where(d => d.ForceId == forceId);
        var made = await force.Where(quarters.Within<GiftDeclaration>(d => d.DeclaredOn))
            .GroupBy(quarters.IndexOf<GiftDeclaration>(d => d.DeclaredOn))
            .Select(g => new
            {
                Index = g.Key,
                Count = g.Count(),
                Accepted = g.Count(d => d.Outcome == OfferOutcome.Accepted),
                Declined = g.Count(d => d.Outcome == OfferOutcome.Declined),
                Late = g.Count(d => d.IsLate),
            })
            .ToListAsync(ct);
        // Days from the offer to the declaration, counted per month declared: (year, month, days,
        // count) rows, bounded by the days' spread rather than the number of declarations.
        var days = await force.Where(quarters.Within<GiftDeclaration>(d => d.DeclaredOn))
            .GroupBy(d => new { d.DeclaredOn.Year, d.DeclaredOn.Month, Days = d.DeclaredOn.DayNumber - d.OfferedOn.DayNumber })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Days, Count = g.Count() })
            .ToListAsync(ct);

        var figures = new List<QuarterFigures<GiftQuarter>>();
        for (var index = 0; index < quarters.All.Count; index++)
        {
            var quarter = quarters.All[index];
            // The position at the end of a past quarter, or today in the current one.
            var end = quarters.AsAt(quarter);
            var endUtc = UkTime.StartOfDayUtc(end.AddDays(1));
            var old = end.AddDays(-BacklogAgeDays);
            var backlog = await force
                .Where(d => d.DeclaredOn <= end && (d.ReviewedUtc == null || d.ReviewedUtc >= endUtc))
                .GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), Oldest = g.Min(d => d.DeclaredOn), Over = g.Count(d => d.DeclaredOn < old) })
                .SingleOrDefaultAsync(ct);
            var row = made.SingleOrDefault(r => r.Index == index);
            figures.Add(new(quarter, new GiftQuarter(
                row?.Count ?? 0,
                row?.Accepted ?? 0,
                row?.Declined ?? 0,
                row?.Late ?? 0,
                Median.Of(days.Where(r => Media.Quarter.Containing(new DateOnly(r.Year, r.Month, 1)) == quarter).Select(r => (r.Days, r.Count))),
                backlog?.Count ?? 0,
                backlog is null ? null : end.DayNumber - backlog.Oldest.DayNumber,
                backlog?.Over ?? 0)));
        }

        return figures;
    }

    /// <summary>Declarations made in a quarter by the declarant's department at the time, counted by the database.</summary>
    public static async Task<IReadOnlyList<(string Department, int Count)>> ByDepartmentAsync(
        IntegrityDbContext db, int forceId, Media.Quarter quarter, CancellationToken ct = default)
    {
        var rows = await db.GiftDeclarations
            .Where(d => d.ForceId == forceId && d.DeclaredOn >= quarter.FirstDay && d.DeclaredOn <= quarter.LastDay)
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
