using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// How many of a force's declarations made in a month stand, today, in one combination of the
/// columns the period figures count (outcome, approval, review, from a supplier, late), and
/// their value. Kept by the DbContext in the same transaction as every save of a declaration
/// (<see cref="Deltas"/>), so a report over years reads a few rows per month instead of every
/// declaration (decision 0073). Derived data: not audited, never shown.
/// </summary>
public sealed class GiftMonthCount : IForceOwned
{
    public int ForceId { get; set; }

    /// <summary>The first day of the month the declarations were made in.</summary>
    public DateOnly Month { get; set; }

    public OfferOutcome Outcome { get; set; }
    public ApprovalStatus ApprovalStatus { get; set; }
    public ReviewStatus ReviewStatus { get; set; }
    public bool IsFromSupplier { get; set; }
    public bool IsLate { get; set; }
    public int Count { get; set; }
    public long ValuePence { get; set; }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>What one save changes in the counts: each declaration added counts once under its key, each changed one moves from its old key to its new.</summary>
    internal static IReadOnlyList<GiftMonthCount> Deltas(IEnumerable<EntityEntry> entries)
    {
        var deltas = new Dictionary<(int, DateOnly, OfferOutcome, ApprovalStatus, ReviewStatus, bool, bool), GiftMonthCount>();
        void Add(PropertyValues values, int sign)
        {
            var key = (values.GetValue<int>(nameof(GiftDeclaration.ForceId)), MonthOf(values.GetValue<DateOnly>(nameof(GiftDeclaration.DeclaredOn))),
                values.GetValue<OfferOutcome>(nameof(GiftDeclaration.Outcome)), values.GetValue<ApprovalStatus>(nameof(GiftDeclaration.ApprovalStatus)),
                values.GetValue<ReviewStatus>(nameof(GiftDeclaration.ReviewStatus)), values.GetValue<bool>(nameof(GiftDeclaration.IsFromSupplier)),
                values.GetValue<bool>(nameof(GiftDeclaration.IsLate)));
            if (!deltas.TryGetValue(key, out var delta))
            {
                delta = new GiftMonthCount { ForceId = key.Item1, Month = key.Item2, Outcome = key.Item3, ApprovalStatus = key.Item4, ReviewStatus = key.Item5, IsFromSupplier = key.Item6, IsLate = key.Item7 };
                deltas[key] = delta;
            }

            delta.Count += sign;
            delta.ValuePence += sign * values.GetValue<long>(nameof(GiftDeclaration.ValuePence));
        }

        foreach (var entry in entries.Where(e => e.Entity is GiftDeclaration))
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                Add(entry.OriginalValues, -1);
            }

            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Add(entry.CurrentValues, +1);
            }
        }

        return [.. deltas.Values.Where(d => d.Count != 0 || d.ValuePence != 0)];
    }

    /// <summary>
    /// Adds the deltas to the counts, inside the save's transaction: an update relative to the
    /// stored row (never a read then a write, which two saves at once could interleave), or a
    /// new row for a combination the month has not had. New rows are saved with the caller's next save.
    /// </summary>
    internal static async Task ApplyAsync(IntegrityDbContext db, IReadOnlyList<GiftMonthCount> deltas, CancellationToken ct)
    {
        foreach (var d in deltas)
        {
            var updated = await db.Set<GiftMonthCount>()
                .Where(c => c.ForceId == d.ForceId && c.Month == d.Month && c.Outcome == d.Outcome && c.ApprovalStatus == d.ApprovalStatus
                            && c.ReviewStatus == d.ReviewStatus && c.IsFromSupplier == d.IsFromSupplier && c.IsLate == d.IsLate)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Count, c => c.Count + d.Count).SetProperty(c => c.ValuePence, c => c.ValuePence + d.ValuePence), ct);
            if (updated == 0)
            {
                db.Add(d);
            }
        }
    }
}
