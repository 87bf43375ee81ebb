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
        (await BetweenForForcesAsync(db, [forceId], baseline, to, ct))[forceId];

    /// <summary>Several forces' change in two queries (the staffing at each date); every force asked for is in the answer.</summary>
    public static async Task<IReadOnlyDictionary<int, StaffingChange>> BetweenForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds,
        DateOnly baseline, DateOnly to, CancellationToken ct = default)
    {
        var atBaseline = await AtForForcesAsync(db, forceIds, baseline, ct);
        var atEnd = await AtForForcesAsync(db, forceIds, to, ct);
        return forceIds.ToDictionary(id => id, id => new StaffingChange(baseline, to, atBaseline.GetValueOrDefault(id), atEnd.GetValueOrDefault(id)));
    }

    /// <summary>
    /// For each date, one force's latest staffing record on or before it, in one query: the
    /// records from the latest one by the earliest date onwards (a force records a figure only
    /// when its staffing changes, so they are few).
    /// </summary>
    public static async Task<IReadOnlyList<StaffingAt?>> AtEachAsync(IntegrityDbContext db, int forceId, IReadOnlyList<DateOnly> dates, CancellationToken ct = default)
    {
        var (first, last) = (dates.Min(), dates.Max());
        var records = await db.AcuStaffing
            .Where(s => s.ForceId == forceId && s.AsOn <= last
                && s.AsOn >= (db.AcuStaffing.Where(t => t.ForceId == forceId && t.AsOn <= first).Max(t => (DateOnly?)t.AsOn) ?? first))
            .OrderBy(s => s.AsOn)
            .Select(s => new StaffingAt(s.AsOn, s.Posts, s.FullTimeEquivalent))
            .ToListAsync(ct);
        return [.. dates.Select(date => records.LastOrDefault(r => r.AsOn <= date))];
    }

    /// <summary>Each force's latest staffing record on or before the date (one per force: a force records one figure a day).</summary>
    private static async Task<Dictionary<int, StaffingAt>> AtForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, DateOnly date, CancellationToken ct) =>
        await db.AcuStaffing
            .Where(s => forceIds.Contains(s.ForceId) && s.AsOn <= date
                && s.AsOn == db.AcuStaffing.Where(t => t.ForceId == s.ForceId && t.AsOn <= date).Max(t => t.AsOn))
            .Select(s => new { s.ForceId, At = new StaffingAt(s.AsOn, s.Posts, s.FullTimeEquivalent) })
            .ToDictionaryAsync(x => x.ForceId, x => x.At, ct);
}
