using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Reporting;

/// <summary>
/// What the sections of one report build (or of every force's, for the national comparison)
/// count from: the database, the forces and the period, and each figures class's answer once
/// counted. Two sections that read the same class (the media and the integrity investigations
/// both read <see cref="Investigations.InvestigationFigures"/>) share one count.
/// </summary>
public sealed class ReportCounts(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, ReportPeriod period)
{
    private readonly Dictionary<Type, object> counted = [];

    public ReportPeriod Period => period;

    /// <summary>The figures class's answer for every force, counted by <paramref name="count"/> the first time it is asked for.</summary>
    public async Task<IReadOnlyDictionary<int, T>> GetAsync<T>(
        Func<IntegrityDbContext, IReadOnlyCollection<int>, DateOnly, DateOnly, CancellationToken, Task<IReadOnlyDictionary<int, T>>> count, CancellationToken ct)
    {
        if (counted.TryGetValue(typeof(T), out var done))
        {
            return (IReadOnlyDictionary<int, T>)done;
        }

        var figures = await count(db, forceIds, period.From, period.To, ct);
        counted[typeof(T)] = figures;
        return figures;
    }
}
