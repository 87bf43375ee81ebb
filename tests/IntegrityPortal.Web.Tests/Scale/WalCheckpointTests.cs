using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// The write-ahead log is emptied by the portal's own checkpoint (SqliteCheckpointService), and
/// a checkpoint that readers of older data hold up gives up rather than holding writers back.
/// </summary>
public class WalCheckpointTests
{
    private static long WalBytes(string path) => File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0;

    private static async Task WriteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task TheService_EmptiesTheLogThatWritesFilled()
    {
        await using var factory = await PortalFactory.CreateWithSettingsAsync(new Dictionary<string, string?> { ["Database:CheckpointSeconds"] = "1" }, withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        // An open connection keeps the log: SQLite empties it by itself only when the last one closes.
        await using var holder = new SqliteConnection(TestDatabase.ConnectionString(factory.DatabasePath));
        await holder.OpenAsync();
        await WriteAsync(holder, "CREATE TABLE CheckpointProbe (Value TEXT); INSERT INTO CheckpointProbe VALUES ('written');");
        Assert.True(WalBytes(factory.DatabasePath) > 0);

        // The service runs every second here, so it has had many passes by the deadline.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (WalBytes(factory.DatabasePath) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(0, WalBytes(factory.DatabasePath));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await officer.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ACheckpoint_HeldUpByAReaderOfOlderData_GivesUp_AndTheNextOneEmptiesTheLog()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        _ = factory.Services;
        var connectionString = TestDatabase.ConnectionString(factory.DatabasePath);
        await using var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync();
        await WriteAsync(writer, "CREATE TABLE CheckpointProbe (Value TEXT); INSERT INTO CheckpointProbe VALUES ('first');");

        // A reader whose snapshot is older than the next write.
        await using var reader = new SqliteConnection(connectionString);
        await reader.OpenAsync();
        await using var transaction = reader.BeginTransaction(deferred: true);
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COUNT(*) FROM CheckpointProbe";
            Assert.Equal(1L, await read.ExecuteScalarAsync());
        }

        await WriteAsync(writer, "INSERT INTO CheckpointProbe VALUES ('second');");
        var heldUp = await SqliteCheckpointService.CheckpointAsync(connectionString, CancellationToken.None);

        Assert.True(heldUp.Busy);
        Assert.True(WalBytes(factory.DatabasePath) > 0);

        await transaction.CommitAsync();
        var done = await SqliteCheckpointService.CheckpointAsync(connectionString, CancellationToken.None);

        Assert.False(done.Busy);
        Assert.Equal(done.LogFrames, done.Copied);
        Assert.Equal(0, WalBytes(factory.DatabasePath));
        await using var count = writer.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM CheckpointProbe";
        Assert.Equal(2L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ACheckpoint_WaitsItsTurnBehindTheNodesWriters_ThenEmptiesTheLog()
    {
        // Writers hand SQLite's lock straight to each other at the write gate; a checkpoint that
        // polled for the lock in SQLite's busy handler instead seldom found it free, and the log
        // grew to 480 MB in a soak.
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        var connectionString = db.Database.GetConnectionString()!;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE CheckpointProbe (Value TEXT); INSERT INTO CheckpointProbe VALUES ('written');");

        var checkpoint = SqliteCheckpointService.CheckpointAsync(connectionString, CancellationToken.None);
        for (var i = 0; i < 300 && SqliteWriteGate.Waiting(connectionString) == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(1, SqliteWriteGate.Waiting(connectionString));
        Assert.False(checkpoint.IsCompleted);
        await transaction.CommitAsync();
        await db.Database.CloseConnectionAsync();
        var done = await checkpoint.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(done.Busy);
        Assert.Equal(done.LogFrames, done.Copied);
    }
}
