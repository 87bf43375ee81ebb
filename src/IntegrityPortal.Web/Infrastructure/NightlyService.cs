using IntegrityPortal.Core;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Work done once a night, at 02:00 UK time, by every web node: each job makes itself safe to run
/// on several nodes at once. A failed night is logged and the next night tries again.
/// </summary>
public abstract class NightlyService(TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly TimeOnly At = new(2, 0);

    protected TimeProvider Clock { get; } = clock;

    /// <summary>What the log calls the job, such as "procurement cross-check".</summary>
    protected abstract string Job { get; }

    /// <summary>One night's work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(UntilNext(Clock.GetUtcNow().UtcDateTime), Clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Nightly {Job} failed", Job);
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
