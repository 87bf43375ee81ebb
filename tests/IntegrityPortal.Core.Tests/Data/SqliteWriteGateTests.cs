using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

/// <summary>
/// The node's queue of writers to one SQLite file. Each test finishes well within
/// <see cref="SqliteWriteGate.MaxWait"/>, after which a writer would go on without its turn:
/// a turn never given back shows as a test that runs out of time.
/// </summary>
public class SqliteWriteGateTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task AWriter_WaitsForItsTurnWhileAnotherHoldsATransaction_AndWritesOnceThatCommits()
    {
        var (options, connectionString) = await OptionsAsync();
        await using var first = Open(options);
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.AuditEvents.Add(Event("first"));
        await first.SaveChangesAsync();

        var second = Task.Run(async () =>
        {
            await using var db = Open(options);
            db.AuditEvents.Add(Event("second"));
            await db.SaveChangesAsync();
        });

        // The second writer queues at the gate, not in SQLite's busy handler.
        Assert.True(await UntilAsync(() => SqliteWriteGate.Waiting(connectionString) == 1), "The second writer never queued at the gate.");
        Assert.False(second.IsCompleted);

        await transaction.CommitAsync();
        await second.WaitAsync(Soon);
        Assert.Equal(0, SqliteWriteGate.Waiting(connectionString));
        await using var read = Open(options);
        Assert.Equal(2, await read.AuditEvents.CountAsync(e => e.EntityType == "GateTest"));
    }

    [Fact]
    public async Task ASynchronousTransaction_WaitsForItsTurnToo()
    {
        var (options, connectionString) = await OptionsAsync();
        await using var first = Open(options);
        await using var transaction = await first.Database.BeginTransactionAsync();

        var second = Task.Run(() =>
        {
            using var db = Open(options);
            using var own = db.Database.BeginTransaction();
            db.AuditEvents.Add(Event("second"));
            db.SaveChanges();
            own.Commit();
        });

        Assert.True(await UntilAsync(() => SqliteWriteGate.Waiting(connectionString) == 1), "The synchronous writer never queued at the gate.");
        await transaction.CommitAsync();
        await second.WaitAsync(Soon);
    }

    [Fact]
    public async Task SavesInsideATransaction_DoNotWaitForTheTransactionsOwnTurn()
    {
        var (options, _) = await OptionsAsync();
        await using var db = Open(options);
        var work = Task.Run(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AuditEvents.Add(Event("one"));
            await db.SaveChangesAsync();
            db.AuditEvents.Add(Event("two"));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        await work.WaitAsync(Soon);
    }

    [Fact]
    public async Task AFailedSave_GivesBackItsTurn()
    {
        var (options, _) = await OptionsAsync();
        long id;
        await using (var db = Open(options))
        {
            var written = Event("original");
            db.AuditEvents.Add(written);
            await db.SaveChangesAsync();
            id = written.Id;
        }

        await using (var db = Open(options))
        {
            var repeated = Event("repeated");
            repeated.Id = id;
            db.AuditEvents.Add(repeated);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            // Still open, so only the failure can have given the turn back.
            await WriteAsync(options).WaitAsync(Soon);
        }
    }

    [Fact]
    public async Task AFailedSaveOfAnAuditedRecord_RollsBackItsOwnTransaction_AndGivesBackItsTurn()
    {
        var (options, _) = await OptionsAsync();
        await using var db = Open(options);
        var existing = await db.Departments.OrderBy(d => d.Id).FirstAsync();

        // An audited record is saved in a transaction of the context's own (with its audit event);
        // this one breaks the unique name of a force's department.
        db.Departments.Add(new IntegrityPortal.Core.People.Department { ForceId = existing.ForceId, Name = existing.Name });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        // Still open, so only the rollback can have given the turn back.
        Assert.Null(db.Database.CurrentTransaction);
        await WriteAsync(options).WaitAsync(Soon);
    }

    [Fact]
    public async Task ATransactionNeitherCommittedNorRolledBack_GivesBackItsTurnWhenItsContextIsDisposed()
    {
        var (options, _) = await OptionsAsync();
        await using (var abandoned = Open(options))
        {
            var transaction = await abandoned.Database.BeginTransactionAsync();
            abandoned.AuditEvents.Add(Event("abandoned"));
            await abandoned.SaveChangesAsync();
            await transaction.DisposeAsync();
        }

        await WriteAsync(options).WaitAsync(Soon);
        await using var read = Open(options);
        Assert.Equal(["next"], await read.AuditEvents.Where(e => e.EntityType == "GateTest").Select(e => e.EntityId).ToListAsync());
    }

    private static async Task<(DbContextOptions<IntegrityDbContext> Options, string ConnectionString)> OptionsAsync()
    {
        var connectionString = TestDatabase.ConnectionString(await TestDatabase.CreateCopyAsync(withGifts: false));
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SqliteWriteGate.Instance)
            .Options;
        return (options, connectionString);
    }

    private static IntegrityDbContext Open(DbContextOptions<IntegrityDbContext> options) => new(options, SystemActor.Instance, TimeProvider.System);

    private static Task WriteAsync(DbContextOptions<IntegrityDbContext> options) => Task.Run(async () =>
    {
        await using var db = Open(options);
        db.AuditEvents.Add(Event("next"));
        await db.SaveChangesAsync();
    });

    private static AuditEvent Event(string id) => new()
    {
        OccurredUtc = DateTime.UtcNow,
        UserName = "system",
        Roles = string.Empty,
        Action = AuditAction.Read,
        EntityType = "GateTest",
        EntityId = id,
    };

    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        return condition();
    }
}
