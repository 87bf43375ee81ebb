using System.Threading.Channels;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// Group commit of audit events of reads. Every register view writes its event before the
/// response, and with synchronous=FULL each commit costs one disk flush; many users reading at
/// once would queue behind each other's flushes. Events that arrive while a commit is under
/// way wait in a queue and are written together, in one transaction, by one loop. Each caller
/// awaits its own events: the task completes only when the transaction holding them has
/// committed, so no response goes out before its event is durable, as before. If a batch
/// fails, each caller's events are tried again alone, so one bad event fails only its caller.
/// </summary>
public sealed class AuditGroupCommit : IAsyncDisposable
{
    /// <summary>At most this many callers share one transaction.</summary>
    public const int MaxBatch = 256;

    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public AuditGroupCommit(IServiceScopeFactory scopes, TimeProvider clock)
    {
        this.scopes = scopes;
        this.clock = clock;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed so far (for measurements).</summary>
    public long Commits => Interlocked.Read(ref commits);

    private long commits;

    /// <summary>Callers whose events are not yet committed: those in the transaction under way and those queued behind it.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    private int waiting;

    /// <summary>Writes the events; completes once they are committed.</summary>
    public Task WriteAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct = default)
    {
        var pending = new Pending(events, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        Interlocked.Increment(ref waiting);
        if (!queue.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref waiting);
            throw new ObjectDisposedException(nameof(AuditGroupCommit));
        }

        return pending.Done.Task.WaitAsync(ct);
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>();
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await SaveAsync(batch.SelectMany(p => p.Events));
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var alone in batch)
                {
                    await SaveAloneAsync(alone);
                }
            }
            catch (Exception e)
            {
                batch[0].Done.TrySetException(e);
            }

            Interlocked.Add(ref waiting, -batch.Count);
        }
    }

    private async Task SaveAloneAsync(Pending pending)
    {
        try
        {
            await SaveAsync(pending.Events);
            pending.Done.TrySetResult();
        }
        catch (Exception e)
        {
            pending.Done.TrySetException(e);
        }
    }

    // The events already name their user; the context that writes them acts as the system
    // (audit events belong to no force, so no force rule applies to them).
    private async Task SaveAsync(IEnumerable<AuditEvent> events)
    {
        await using var scope = scopes.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<IntegrityDbContext>>();
        await using var db = new IntegrityDbContext(options, SystemActor.Instance, clock);
        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync();
        Interlocked.Increment(ref commits);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }

    private sealed record Pending(IReadOnlyList<AuditEvent> Events, TaskCompletionSource Done);
}
