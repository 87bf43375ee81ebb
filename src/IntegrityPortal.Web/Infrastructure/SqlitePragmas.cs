using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Applies the portal's SQLite settings on every connection EF opens, so no connection runs
/// with SQLite's defaults (no busy timeout, rollback journal). See
/// docs/decisions/0037-sqlite-settings.md for why each value was chosen.
/// The settings belong to SQLite's handle, which the connection pool keeps between opens, and
/// EF opens a connection for each query: so they are applied once per handle, not per open
/// (four statements prepared and run before every query otherwise).
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

    // The handles that carry the settings; an entry goes when its handle is collected.
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    /// <summary>
    /// Runs <paramref name="save"/> with synchronous=NORMAL on its connection, then restores FULL.
    /// For what is not evidence: a form's draft answers between its question pages. Each page
    /// would otherwise cost a disk flush (about 5 ms here), four to every declaration though
    /// only the send writes to the register. In WAL mode a NORMAL commit is still atomic and
    /// survives the process being killed; only a power cut can take it back, and the next FULL
    /// commit (the send) flushes it with its own. Outside a transaction only: the level of a
    /// transaction already begun is not changed. SQL Server is left as it is.
    /// </summary>
    public static async Task WithoutFlushAsync(DbContext db, Func<Task> save, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            await save();
            return;
        }

        await db.Database.OpenConnectionAsync(ct);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        try
        {
            // Unmarked first: if FULL cannot be restored, the next open applies it again.
            Configured.Remove(handle);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", ct);
            await save();
        }
        finally
        {
            // Never cancelled: the pooled connection must not go back at the lower level.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL", CancellationToken.None);
            Configured.AddOrUpdate(handle, Instance);
            await db.Database.CloseConnectionAsync();
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !Configured.TryGetValue(handle, out _))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Settings;
            command.ExecuteNonQuery();
            Configured.AddOrUpdate(handle, Instance);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !Configured.TryGetValue(handle, out _))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Settings;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Configured.AddOrUpdate(handle, Instance);
        }
    }
}
