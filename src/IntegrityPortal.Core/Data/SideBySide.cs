using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// Reads that run at the same time, each on a context of its own (<see cref="IntegrityDbContext.CreateSibling"/>),
/// for the reports that count several registers or many forces (decision 0072). Each read starts
/// on the thread pool because Microsoft.Data.Sqlite's async methods run synchronously: awaited
/// one after another they would run one after another, whatever the number of cores.
/// </summary>
public static class SideBySide
{
    /// <summary>How many groups to split a read of many forces into: one per core, up to four.</summary>
    public static int Lanes { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Starts <paramref name="read"/> on a sibling context, its queries on one connection (EF
    /// would otherwise open and close one per query); the context is disposed when the read ends.
    /// </summary>
    public static Task<T> StartAsync<T>(IntegrityDbContext db, Func<IntegrityDbContext, Task<T>> read, CancellationToken ct = default) =>
        Task.Run(async () =>
        {
            await using var sibling = db.CreateSibling();
            await sibling.Database.OpenConnectionAsync(ct);
            return await read(sibling);
        }, ct);
}
