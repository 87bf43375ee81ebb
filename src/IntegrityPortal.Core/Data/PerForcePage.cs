using System.Linq.Expressions;
using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// A page of a list for a user who serves several forces (an alliance PSD). "ForceId IN (5, 6)
/// ORDER BY date" cannot read one index in order, so the database sorts every row of both forces
/// (668,000 in the national data set) to show 50. Instead each force's first rows are read in
/// order from its own index, and only those candidates (forces × rows needed) are sorted for
/// the page. Users of one force, and national users, have a plan that reads one index in order
/// already, so they do not need this.
/// </summary>
public static class PerForcePage
{
    /// <summary>
    /// Every page up to the capped count (CappedCount.Cap rows, and one more to learn whether
    /// another page follows) is read from candidates. Past it, the list no longer says how many
    /// pages it has, and the whole sort is the fallback. The national data set's alliance page
    /// 40 (2,001 rows a force) took 1.3 s with that sort; read from candidates it takes a few
    /// milliseconds (docs/performance.md).
    /// </summary>
    public const int MaxRowsPerForce = CappedCount.Cap + 1;

    /// <summary>
    /// The rows that can appear on the page, as a query to filter, sort and page as usual, or
    /// the source itself when the scope has one force, all forces, or the page is too far.
    /// </summary>
    /// <param name="source">The unfiltered set (force query filter applied by EF).</param>
    /// <param name="scope">The user's scope.</param>
    /// <param name="chosenForceId">A force chosen in the list's own filter, if any.</param>
    /// <param name="filterAndSort">The list's filter and sort, applied to one force's rows.</param>
    /// <param name="forceOf">The record's force.</param>
    /// <param name="idOf">The record's key.</param>
    /// <param name="rowsNeeded">Rows up to the end of the page (plus one to learn if another page exists).</param>
    public static async Task<IQueryable<T>> CandidatesAsync<T>(
        IQueryable<T> source,
        ForceScope scope,
        int? chosenForceId,
        Func<IQueryable<T>, IQueryable<T>> filterAndSort,
        Expression<Func<T, int>> forceOf,
        Expression<Func<T, int>> idOf,
        int rowsNeeded,
        CancellationToken ct)
    {
        // A page number so large that the rows needed overflow is past the cap too.
        if (scope.SeesAllForces || scope.ForceIds.Count < 2 || chosenForceId is not null || rowsNeeded is <= 0 or > MaxRowsPerForce)
        {
            return source;
        }

        var candidates = new List<int>();
        foreach (var forceId in scope.ForceIds)
        {
            var oneForce = source.Where(Equals(forceOf, forceId));
            candidates.AddRange(await filterAndSort(oneForce).Select(idOf).Take(rowsNeeded).ToListAsync(ct));
        }

        return source.Where(In(idOf, candidates));
    }

    // Both predicates read their value from a closure object so that EF sends it as a
    // parameter and caches one compiled query, as it does for a lambda that captures a local.
    // The candidates go as one JSON parameter (EF.Parameter: json_each on SQLite, OPENJSON on
    // SQL Server), not one parameter each: a deep page has up to 20,002 of them.
    private static Expression<Func<T, bool>> Equals<T>(Expression<Func<T, int>> property, int value)
    {
        var holder = Expression.Property(Expression.Constant(new Box<int>(value)), nameof(Box<int>.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(property.Body, holder), property.Parameters);
    }

    private static Expression<Func<T, bool>> In<T>(Expression<Func<T, int>> property, List<int> values)
    {
        var holder = Expression.Property(Expression.Constant(new Box<List<int>>(values)), nameof(Box<List<int>>.Value));
        var oneParameter = Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(List<int>)], holder);
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], oneParameter, property.Body);
        return Expression.Lambda<Func<T, bool>>(contains, property.Parameters);
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
