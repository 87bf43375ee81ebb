using IntegrityPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Keeps SQLite's planner statistics current (<see cref="SqliteStatistics"/>, decision 0083): once
/// a night, at the hour of the other nightly jobs (<see cref="NightlyService"/>), on its own
/// connection after this node's writers. Several nodes running it at once is harmless: the
/// second finds nothing that needs analysing. SQL Server keeps its own statistics.
/// </summary>
public sealed class NightlySqliteStatisticsService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<NightlySqliteStatisticsService> logger)
    : NightlyService(clock, logger)
{
    /// <summary>How long it waits for another node's writer before giving up for the night.</summary>
    public const int WaitMilliseconds = 5000;

    protected override string Job => "update of SQLite's planner statistics";

    protected override Task RunOnceAsync(CancellationToken ct) => UpdateAsync(ct);

    /// <summary>Runs <see cref="SqliteStatistics.Optimize"/> when the database is SQLite; returns whether it did.</summary>
    public async Task<bool> UpdateAsync(CancellationToken ct)
    {
        string? connectionString;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
            connectionString = db.Database.IsSqlite() ? db.Database.GetConnectionString() : null;
        }

        if (connectionString is null)
        {
            return false;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (await SqliteWriteGate.TurnAsync(connectionString, ct))
        {
            // Not from the pool, so that its busy timeout never reaches the app's connections.
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout={WaitMilliseconds}; {SqliteStatistics.Optimize};";
            await command.ExecuteNonQueryAsync(ct);
        }

        logger.LogInformation("SQLite's planner statistics updated in {Milliseconds} ms", watch.ElapsedMilliseconds);
        return true;
    }
}
