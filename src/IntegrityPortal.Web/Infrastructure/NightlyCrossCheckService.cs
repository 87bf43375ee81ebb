using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Runs the procurement cross-check over every force once a night. Every web node runs this
/// service; the lease row (<see cref="NightlyCrossCheck"/>) lets only one of them do the work, and
/// lapses on its own if that node dies. Outside a request the DbContext's actor is the system,
/// which sees every force.
/// </summary>
public sealed class NightlyCrossCheckService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NightlyCrossCheckService> logger)
    : NightlyService(clock, logger)
{
    protected override string Job => "procurement cross-check";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        var found = await NightlyCrossCheck.RunAsync(db, $"{Environment.MachineName}:{Environment.ProcessId}", ct);
        if (found is null)
        {
            logger.LogInformation("Nightly procurement cross-check: another node holds the lease");
        }
        else
        {
            logger.LogInformation("Nightly procurement cross-check recorded {Matches} new matches", found);
        }
    }
}
