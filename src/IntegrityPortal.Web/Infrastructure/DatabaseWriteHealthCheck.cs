using System.Data;
using IntegrityPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Whether the database can take a write now, not only answer a query. On SQLite a long write
/// elsewhere (a migration, a stuck transaction) blocks every save while reads still work, so
/// the check takes the write lock (BEGIN IMMEDIATE) on its own connection and gives it back at
/// once, writing nothing. It queues for the lock as this node's writers do, at the write gate
/// (SqliteWriteGate): outside the queue it would poll in SQLite's busy handler while the
/// writers hand the lock straight to each other, and report a busy but healthy node as
/// Degraded. If the turn does not come within <c>Health:WriteLockSeconds</c>, or the lock
/// within what is left of it (at least a second: SQLite's timeout counts whole seconds), the
/// portal is Degraded. SQL Server has no single database
/// write lock: there the connectivity check ("database") is the answer.
/// </summary>
public sealed class DatabaseWriteHealthCheck(IntegrityDbContext db, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return HealthCheckResult.Healthy("Not SQLite: see the connectivity check");
        }

        var seconds = configuration.GetValue("Health:WriteLockSeconds", 2);
        var degraded = HealthCheckResult.Degraded($"The database could not take a write lock within {seconds} s");
        var connectionString = db.Database.GetConnectionString()!;
        var started = TimeProvider.System.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        IDisposable turn;
        try
        {
            turn = await SqliteWriteGate.TurnAsync(connectionString, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return degraded;
        }

        using (turn)
        {
            // Not from the pool: a pooled handle carries the app's 5 s busy timeout, which would
            // make the check wait longer than Health:WriteLockSeconds.
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            try
            {
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                // Microsoft.Data.Sqlite retries a busy database until the command timeout: what
                // is left of the check's time after the turn, and at least a second.
                var left = seconds - TimeProvider.System.GetElapsedTime(started).TotalSeconds;
                command.CommandTimeout = Math.Max(1, (int)left);
                command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
                await command.ExecuteNonQueryAsync(ct);
                return HealthCheckResult.Healthy();
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
            {
                return degraded;
            }
            finally
            {
                if (connection.State == ConnectionState.Open)
                {
                    await connection.CloseAsync();
                }
            }
        }
    }
}
