using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>Every connection the app opens carries the SQLite settings of SqlitePragmas.</summary>
public class SqliteSettingsTests
{
    [Fact]
    public async Task EveryConnection_IsWal_WaitsFiveSecondsForALock_AndSyncsEachCommit()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        _ = factory.Services;

        // Two contexts, two connections (the tests' connection string turns pooling off).
        for (var i = 0; i < 2; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
                Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
                Assert.Equal("2", await PragmaAsync(db, "synchronous")); // FULL
                Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    [Fact]
    public async Task APooledConnection_KeepsItsHandleAndItsSettings_BetweenOpens()
    {
        // SqlitePragmas applies the settings once per SQLite handle, relying on the pool to
        // hand the same handle back with them (the tests' own connection string has no pool).
        var path = TestDatabase.NewPath("pooled");
        var options = new DbContextOptionsBuilder<DbContext>()
            .UseSqlite($"Data Source={path};Pooling=True")
            .AddInterceptors(SqlitePragmas.Instance)
            .Options;
        var handles = new List<object>();
        for (var i = 0; i < 3; i++)
        {
            await using var db = new DbContext(options);
            await db.Database.OpenConnectionAsync();
            handles.Add(((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).Handle!);
            Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
            Assert.Equal("5000", await PragmaAsync(db, "busy_timeout"));
            Assert.Equal("2", await PragmaAsync(db, "synchronous"));
            Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
            if (i == 1)
            {
                // A draft's save lowers the level for itself only; the handle goes back at FULL.
                await SqlitePragmas.WithoutFlushAsync(db, () => Task.CompletedTask, CancellationToken.None);
            }
        }

        Assert.Same(handles[0], handles[1]);
        Assert.Same(handles[1], handles[2]);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task ARegisterPage_RunsAllItsQueries_OnOneConnection()
    {
        var counter = new ConnectionCounter();
        await using var portal = await PortalFactory.CreateAsync();
        await using var factory = portal.WithInterceptor(counter);
        var client = await PortalClient.SignInAsync(factory, "psd.cumbria");
        counter.Clear();

        var page = await client.GetPageAsync("/Gifts/Register");

        Assert.NotEmpty(page.QuerySelectorAll("table tbody tr"));
        var register = counter.Contexts.Values.Single(c => c.Sql.Any(sql => sql.Contains("\"GiftDeclarations\"", StringComparison.Ordinal)));
        Assert.True(register.Sql.Count >= 3, $"the register ran {register.Sql.Count} queries");
        Assert.Equal(1, register.Opens);
    }

    private sealed class ConnectionCounter : DbCommandInterceptor, Microsoft.EntityFrameworkCore.Diagnostics.IDbConnectionInterceptor
    {
        public sealed class Use
        {
            public int Opens;
            public List<string> Sql { get; } = [];
        }

        public System.Collections.Concurrent.ConcurrentDictionary<DbContext, Use> Contexts { get; } = new();

        public void Clear() => Contexts.Clear();

        private Use For(DbContext? context) => Contexts.GetOrAdd(context!, _ => new Use());

        public Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref For(eventData.Context).Opens);
            return Task.CompletedTask;
        }

        public void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) =>
            Interlocked.Increment(ref For(eventData.Context).Opens);

        public override System.Data.Common.DbCommand CommandInitialized(CommandEndEventData eventData, System.Data.Common.DbCommand result)
        {
            var use = For(eventData.Context);
            lock (use)
            {
                use.Sql.Add(result.CommandText);
            }

            return result;
        }
    }

    [Fact]
    public async Task ADraftSave_RunsWithoutAFlush_AndTheConnectionSyncsEachCommitAgainAfterwards()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            string? during = null;
            await SqlitePragmas.WithoutFlushAsync(db, async () => during = await PragmaAsync(db, "synchronous"), CancellationToken.None);

            Assert.Equal("1", during); // NORMAL, for the draft only
            Assert.Equal("2", await PragmaAsync(db, "synchronous")); // FULL again on the same connection

            // Inside a transaction the level is left alone: the draft is saved with it.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await SqlitePragmas.WithoutFlushAsync(db, async () => during = await PragmaAsync(db, "synchronous"), CancellationToken.None);
            Assert.Equal("2", during);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task TheAppsWriters_QueueAtTheNodesWriteGate()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var holder = factory.Services.CreateAsyncScope();
        var first = holder.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        await using var transaction = await first.Database.BeginTransactionAsync();

        var second = Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
            db.AuditEvents.Add(new() { UserName = "system", Roles = "", Action = Core.Auditing.AuditAction.Read, EntityType = "GateTest", EntityId = "1" });
            await db.SaveChangesAsync();
        });

        var connectionString = first.Database.GetConnectionString()!;
        for (var i = 0; i < 300 && SqliteWriteGate.Waiting(connectionString) == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, SqliteWriteGate.Waiting(connectionString));
        await transaction.CommitAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(3));
    }

    private static async Task<string> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
