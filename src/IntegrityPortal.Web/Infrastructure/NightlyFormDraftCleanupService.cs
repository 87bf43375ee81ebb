using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Deletes abandoned form drafts once a night, at the same hour as the procurement cross-check
/// (<see cref="NightlyService"/>). Every web node runs it and needs no lease:
/// the clean-up is one conditional DELETE, so running it twice deletes nothing more. Outside a
/// request the DbContext's actor is the system, which sees every force. Only the number deleted
/// is logged, never whose drafts they were.
/// </summary>
public sealed class NightlyFormDraftCleanupService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NightlyFormDraftCleanupService> logger)
    : NightlyService(clock, logger)
{
    protected override string Job => "clean-up of abandoned form drafts";

    protected override Task RunOnceAsync(CancellationToken ct) => CleanUpAsync(ct);

    /// <summary>One clean-up in its own scope; returns how many drafts were deleted.</summary>
    public async Task<int> CleanUpAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        var deleted = await FormDraftCleanup.DeleteAbandonedAsync(db, ct);
        logger.LogInformation("Nightly clean-up deleted {Drafts} form drafts not saved for {Days} days", deleted, FormDraftCleanup.KeptFor.Days);
        return deleted;
    }
}
