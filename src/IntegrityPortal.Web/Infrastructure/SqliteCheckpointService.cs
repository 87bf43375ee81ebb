using IntegrityPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Keeps SQLite's write-ahead log short (decision 0078). SQLite's own checkpoint after each
/// commit copies the log into the database but starts the log again from its beginning only when
/// no reader is using it; with many users reading at once that moment rarely comes, so the log
/// file grew through a soak (to 202 MB in 10 minutes) and reads slowed as it went. Every
/// <c>Database:CheckpointSeconds</c> (30 by default) this service asks for a TRUNCATE checkpoint
/// on its own connection: SQLite waits up to <see cref="WaitMilliseconds"/> for the readers of
/// older data to finish, holding new writers back meanwhile (it takes a turn at the node's
/// <see cref="SqliteWriteGate"/> first, as a writer does), then empties the log. If readers are
/// still busy it gives up at once and tries again next time, so a writer never waits longer than
/// that. SQL Server needs none of this.
/// </summary>
public sealed class SqliteCheckpointService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SqliteCheckpointService> logger) : BackgroundService
{
    public const int WaitMilliseconds = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? connectionString;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
            connectionString = db.Database.IsSqlite() ? db.Database.GetConnectionString() : null;
        }

        if (connectionString is null)
        {
            return;
        }

        var every = TimeSpan.FromSeconds(configuration.GetValue("Database:CheckpointSeconds", 30));
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var result = await CheckpointAsync(connectionString, stoppingToken);
                    logger.LogDebug("WAL checkpoint: busy {Busy}, {Frames} frames in the log, {Copied} copied", result.Busy, result.LogFrames, result.Copied);
                }
                catch (SqliteException e)
                {
                    logger.LogWarning(e, "WAL checkpoint failed; it is tried again in {Seconds} s", every.TotalSeconds);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// One TRUNCATE checkpoint: SQLite's answer is whether it gave up because readers were busy,
    /// how many frames the log held, and how many of them were copied into the database.
    /// </summary>
    public static async Task<(bool Busy, long LogFrames, long Copied)> CheckpointAsync(string connectionString, CancellationToken ct)
    {
        // This node's writers wait while it runs; other nodes' writers meet it at SQLite's lock.
        using var turn = await SqliteWriteGate.TurnAsync(connectionString, ct);
        // Not from the pool: its short busy timeout must not go back to the pool with the handle,
        // where the app's connections would inherit it (SqlitePragmas sets each handle once).
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using (var wait = connection.CreateCommand())
        {
            wait.CommandText = $"PRAGMA busy_timeout={WaitMilliseconds}";
            await wait.ExecuteNonQueryAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }
}
