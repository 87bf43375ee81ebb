using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// Queues one node's writers to a SQLite file in memory, first come first served. SQLite lets
/// one writer at a time into a file; the others wait in its busy handler, which sleeps 1, 2,
/// 5 … up to 100 ms between tries, so the lock often stands free while every writer sleeps.
/// Here a writer waits on a semaphore instead and starts the moment the one before it ends.
/// A write is a transaction EF begins (explicit, or SaveChanges' own) or a SaveChanges outside
/// one; the gate is held from its start to its commit or rollback, or until the context is
/// disposed (a transaction disposed without either). Writers on other nodes, and bulk
/// statements outside a transaction, still meet at SQLite's lock as before; a writer that
/// waits here longer than the busy timeout goes on without the gate, so nothing is ever worse
/// than SQLite alone. See docs/decisions/0079-sqlite-write-gate.md.
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>As long as SQLite's busy timeout (SqlitePragmas): after that the busy handler takes over.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    // One gate per database (connection string): the lock being queued for is the file's.
    private static readonly ConcurrentDictionary<string, Gate> Gates = new();

    // What each context holds: nested starts (a SaveChanges inside a transaction) count once.
    private static readonly ConditionalWeakTable<DbContext, Hold> Holds = new();

    private sealed class Gate
    {
        public readonly SemaphoreSlim Turn = new(1, 1);
        public int Waiting;
    }

    private sealed class Hold
    {
        public int Depth;
        public Gate? Gate;
    }

    private SqliteWriteGate()
    {
    }

    /// <summary>Writers of the database waiting for their turn in this process (for tests).</summary>
    public static int Waiting(string connectionString) =>
        Gates.TryGetValue(connectionString, out var gate) ? Volatile.Read(ref gate.Waiting) : 0;

    /// <summary>
    /// A turn at the gate for work outside EF that needs SQLite's write lock: the WAL
    /// checkpoint. Without one it would poll for the lock in SQLite's busy handler while the
    /// node's writers hand it straight to each other, and seldom find it free. Like a writer,
    /// it goes on without a turn after <see cref="MaxWait"/>. Disposing gives the turn back.
    /// </summary>
    public static async Task<IDisposable> TurnAsync(string connectionString, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(connectionString, _ => new Gate());
        Interlocked.Increment(ref gate.Waiting);
        try
        {
            return new Turn(await gate.Turn.WaitAsync(MaxWait, ct) ? gate : null);
        }
        finally
        {
            Interlocked.Decrement(ref gate.Waiting);
        }
    }

    private sealed class Turn(Gate? gate) : IDisposable
    {
        private Gate? held = gate;

        public void Dispose() => Interlocked.Exchange(ref held, null)?.Turn.Release();
    }

    // Synchronous callers wait synchronously (no await then suspends), so no thread-pool thread
    // is needed to finish their wait.
    private static async ValueTask EnterAsync(DbContext? context, bool async, CancellationToken ct)
    {
        if (context is null)
        {
            return;
        }

        var hold = Holds.GetOrCreateValue(context);
        if (hold.Depth++ > 0)
        {
            return;
        }

        var gate = Gates.GetOrAdd(context.Database.GetConnectionString() ?? string.Empty, _ => new Gate());
        Interlocked.Increment(ref gate.Waiting);
        try
        {
            var turn = async ? await gate.Turn.WaitAsync(MaxWait, ct) : gate.Turn.Wait(MaxWait, ct);
            hold.Gate = turn ? gate : null;
        }
        catch
        {
            hold.Depth--;
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref gate.Waiting);
        }
    }

    private static void Enter(DbContext? context) => EnterAsync(context, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private static void Exit(DbContext? context)
    {
        if (context is null || !Holds.TryGetValue(context, out var hold) || hold.Depth == 0)
        {
            return;
        }

        if (--hold.Depth == 0)
        {
            Release(hold);
        }
    }

    /// <summary>Called when a context is disposed: whatever it still holds is let go.</summary>
    public static void Abandon(DbContext context)
    {
        if (Holds.TryGetValue(context, out var hold))
        {
            hold.Depth = 0;
            Release(hold);
        }
    }

    private static void Release(Hold hold)
    {
        var gate = hold.Gate;
        hold.Gate = null;
        gate?.Turn.Release();
    }

    // Transactions, explicit or SaveChanges' own.
    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Exit(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    // A failed start, commit or rollback: the transaction is over either way once it is disposed.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Exit(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    // SaveChanges, which writes without a transaction when it has one statement to run.
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, async: true, cancellationToken);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Exit(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Exit(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Exit(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }
}
