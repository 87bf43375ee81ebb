using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
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

    private static async Task<string> PragmaAsync(IntegrityDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
