using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The cross-check of one declaration or application, run in the request once it has been
/// committed (decision 0069). It never fails the save the person made: whatever goes wrong
/// is logged, what it had added is dropped, and the nightly run over every force finds the pair.
/// </summary>
public sealed class CrossCheckOnSave(IntegrityDbContext db, ILogger<CrossCheckOnSave> logger)
{
    /// <summary>The new matches recorded for the record, or 0 when the check could not run.</summary>
    public async Task<int> RunAsync(int forceId, MatchRecordKind kind, int recordId, CancellationToken ct)
    {
        try
        {
            return await ProcurementCrossCheck.RunForRecordAsync(db, forceId, kind, recordId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A pair recorded at the same moment by another request or the nightly run (the unique
            // index refuses the second), or the database busy: the record is saved either way.
            logger.LogWarning(e, "The cross-check after a save could not run for {Kind} {RecordId} of force {ForceId}; the nightly run will cover it", kind, recordId, forceId);
            foreach (var entry in db.ChangeTracker.Entries<ProcurementMatch>().Where(x => x.State == Microsoft.EntityFrameworkCore.EntityState.Added).ToList())
            {
                entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            }

            return 0;
        }
    }
}
