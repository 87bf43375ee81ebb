using System.Diagnostics;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The nightly cross-check over every force, guarded by a lease row so that with several web
/// nodes only one runs it: taking the lease is one conditional UPDATE (the row's lease must be
/// free or lapsed), which the database applies to one node only. The run records when it
/// started, how long it took and how many new matches it found.
/// </summary>
public static class NightlyCrossCheck
{
    /// <summary>Long enough for a national run; a node that dies mid-run frees the lease when it lapses.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromHours(2);

    /// <summary>Takes the lease for <paramref name="holder"/>; false if another node holds it.</summary>
    public static async Task<bool> TryTakeLeaseAsync(IntegrityDbContext db, string holder, CancellationToken ct = default)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (!await db.CrossCheckRuns.AnyAsync(r => r.Name == CrossCheckRun.NightlyName, ct))
        {
            try
            {
                db.CrossCheckRuns.Add(new CrossCheckRun { Name = CrossCheckRun.NightlyName });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node added the row first (the name is unique): take the lease on that row.
                db.ChangeTracker.Clear();
            }
        }

        var expires = now + Lease;
        return await db.CrossCheckRuns
            .Where(r => r.Name == CrossCheckRun.NightlyName && (r.LeaseExpiresUtc == null || r.LeaseExpiresUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseHolder, holder).SetProperty(r => r.LeaseExpiresUtc, expires).SetProperty(r => r.LastStartedUtc, now), ct) == 1;
    }

    /// <summary>Runs the cross-check of every force if the lease is free; null when another node holds it, else the new matches found.</summary>
    public static async Task<int?> RunAsync(IntegrityDbContext db, string holder, CancellationToken ct = default)
    {
        if (!await TryTakeLeaseAsync(db, holder, ct))
        {
            return null;
        }

        var watch = Stopwatch.StartNew();
        var found = 0;
        try
        {
            foreach (var forceId in await db.Forces.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(ct))
            {
                found += await ProcurementCrossCheck.RunAsync(db, forceId, ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            var now = db.Clock.GetUtcNow().UtcDateTime;
            var elapsed = watch.ElapsedMilliseconds;
            await db.CrossCheckRuns.Where(r => r.Name == CrossCheckRun.NightlyName && r.LeaseHolder == holder)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseHolder, (string?)null).SetProperty(r => r.LeaseExpiresUtc, (DateTime?)null)
                    .SetProperty(r => r.LastFinishedUtc, now).SetProperty(r => r.LastDurationMilliseconds, elapsed).SetProperty(r => r.LastMatchesFound, found), CancellationToken.None);
        }

        return found;
    }
}
