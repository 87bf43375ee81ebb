using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Investigations;

public enum StaffingDirection
{
    /// <summary>No staffing recorded on or before one of the two dates.</summary>
    NotKnown = 0,
    NoChange = 1,
    Reduction = 2,
    Increase = 3,
}

/// <summary>A force's anti-corruption unit staffing at a date: the latest record on or before it.</summary>
public sealed record StaffingAt(DateOnly AsOn, int Posts, decimal FullTimeEquivalent);

/// <summary>
/// The change in the anti-corruption unit's staffing between a baseline date and a later date.
/// The direction follows full-time equivalents, which measure capacity; when they are equal,
/// the number of posts decides (decision 0017).
/// </summary>
public sealed record StaffingChange(DateOnly Baseline, DateOnly To, StaffingAt? AtBaseline, StaffingAt? AtEnd)
{
    public StaffingDirection Direction =>
        AtBaseline is null || AtEnd is null ? StaffingDirection.NotKnown
        : AtEnd.FullTimeEquivalent != AtBaseline.FullTimeEquivalent
            ? AtEnd.FullTimeEquivalent < AtBaseline.FullTimeEquivalent ? StaffingDirection.Reduction : StaffingDirection.Increase
        : AtEnd.Posts != AtBaseline.Posts
            ? AtEnd.Posts < AtBaseline.Posts ? StaffingDirection.Reduction : StaffingDirection.Increase
        : StaffingDirection.NoChange;

    public string Describe() => Direction switch
    {
        StaffingDirection.NoChange => "No change",
        StaffingDirection.Reduction => "Reduction",
        StaffingDirection.Increase => "Increase",
        _ => "Not known",
    };

    public static async Task<StaffingChange> BetweenAsync(IntegrityDbContext db, int forceId, DateOnly baseline, DateOnly to, CancellationToken ct = default) =>
        new(baseline, to, await AtAsync(db, forceId, baseline, ct), await AtAsync(db, forceId, to, ct));

    public static async Task<StaffingAt?> AtAsync(IntegrityDbContext db, int forceId, DateOnly date, CancellationToken ct = default) =>
        await db.AcuStaffing
            .Where(s => s.ForceId == forceId && s.AsOn <= date)
            .OrderByDescending(s => s.AsOn)
            .Select(s => new StaffingAt(s.AsOn, s.Posts, s.FullTimeEquivalent))
            .FirstOrDefaultAsync(ct);
}
