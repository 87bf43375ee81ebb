using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Runs the procurement cross-check over every force once a night, at 02:00 UK time. Every web
/// node runs this service; the lease row (<see cref="NightlyCrossCheck"/>) lets only one of them
/// do the work. Outside a request the DbContext's actor is the system, which sees every force.
/// </summary>
public sealed class NightlyCrossCheckService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NightlyCrossCheckService> logger) : BackgroundService
{
    public static readonly TimeOnly At = new(2, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}";
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNext(clock.GetUtcNow().UtcDateTime), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
                var found = await NightlyCrossCheck.RunAsync(db, holder, stoppingToken);
                if (found is null)
                {
                    logger.LogInformation("Nightly procurement cross-check: another node holds the lease");
                }
                else
                {
                    logger.LogInformation("Nightly procurement cross-check recorded {Matches} new matches", found);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next night tries again; the lease lapses on its own.
                logger.LogError(e, "Nightly procurement cross-check failed");
            }
        }
    }

    /// <summary>The time from <paramref name="utc"/> to the next 02:00 in the UK.</summary>
    public static TimeSpan UntilNext(DateTime utc)
    {
        var ukToday = DateOnly.FromDateTime(UkTime.ToUk(utc));
        var next = UkTime.ToUtc(ukToday, At) is { } today && today > utc ? today : UkTime.ToUtc(ukToday.AddDays(1), At)!.Value;
        return next - utc;
    }
}
