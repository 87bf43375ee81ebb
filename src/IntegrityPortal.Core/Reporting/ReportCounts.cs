using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Reporting;

/// <summary>
/// What the sections of one report build (or of many forces', for the national comparison)
/// count from: the database, the forces and the period, and each figures class's answer once
/// counted. Each figures class is counted on a context of its own, all of them side by side
/// (decision 0072). Two sections that read the same class (the media and the integrity
/// investigations both read <see cref="Investigations.InvestigationFigures"/>) share one count.
/// </summary>
public sealed class ReportCounts(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, ReportPeriod period)
{
    private readonly Dictionary<Type, Task> counted = [];

    public ReportPeriod Period => period;

    /// <summary>The figures class's answer for every force, counted by <paramref name="count"/> the first time it is asked for.</summary>
    public Task<IReadOnlyDictionary<int, T>> GetAsync<T>(
        Func<IntegrityDbContext, IReadOnlyCollection<int>, DateOnly, DateOnly, CancellationToken, Task<IReadOnlyDictionary<int, T>>> count, CancellationToken ct)
    {
        lock (counted)
        {
            if (!counted.TryGetValue(typeof(T), out var task))
            {
                task = SideBySide.StartAsync(db, sibling => count(sibling, forceIds, period.From, period.To, ct), ct);
                counted[typeof(T)] = task;
            }

            return (Task<IReadOnlyDictionary<int, T>>)task;
        }
    }
}
