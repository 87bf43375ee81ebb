using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Applies the portal's SQLite settings on every connection EF opens, so no connection runs
/// with SQLite's defaults (no busy timeout, rollback journal). See
/// docs/decisions/0037-sqlite-settings.md for why each value was chosen.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    /// <summary>
    /// journal_mode=WAL: readers never block the writer nor the writer readers; it is stored in
    /// the file, so setting it again is a no-op.
    /// busy_timeout=5000: a writer waits up to 5 s for the lock instead of failing at once with
    /// "database is locked".
    /// synchronous=FULL: every commit is on disk before it is acknowledged, even across a power
    /// cut; an evidence register acknowledges nothing it could lose.
    /// foreign_keys=ON: already Microsoft.Data.Sqlite's default, restated so it is never lost.
    /// </summary>
    public const string Settings =
        "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Settings;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Settings;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
