using System.Linq.Expressions;
using IntegrityPortal.Core.Security;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// The keys of one page of a list, in the list's order. For a user who serves several forces
/// (an alliance PSD), "ForceId IN (5, 6) ORDER BY date" cannot read one index in order, so the
/// database would sort every row of both forces to show 50. Instead each force's first rows
/// are read in order from its own index, with their sort columns, and only those candidates
/// (forces × rows needed) are sorted for the page: one query, a <c>UNION ALL</c> of one ordered,
/// limited arm per force. Users of one force, and national users, have a plan that reads one
/// index in order already, so their page is chosen directly.
/// </summary>
public static class PerForcePage
{
    /// <summary>
    /// Every page up to the capped count (CappedCount.Cap rows, and one more to learn whether
    /// another page follows) is chosen from candidates. Past it, the list no longer says how
    /// many pages it has, and the whole sort is the fallback.
    /// </summary>
    public const int MaxRowsPerForce = CappedCount.Cap + 1;

    /// <summary>
    /// The page's keys, to fetch its rows by (<c>ids.Contains(row.Id)</c>) and order them again.
    /// </summary>
    /// <param name="source">The unfiltered set (force query filter applied by EF).</param>
    /// <param name="scope">The user's scope.</param>
    /// <param name="chosenForceId">A force chosen in the list's own filter, if any.</param>
    /// <param name="keys">The list's filter, each row projected to its <see cref="PageKey"/>.</param>
    /// <param name="order">The list's order over the keys, ending in the key so that it is total.</param>
    /// <param name="forceOf">The record's force.</param>
    /// <param name="skip">Rows before the page.</param>
    /// <param name="take">Rows on the page.</param>
    public static IQueryable<int> Ids<T>(
        IQueryable<T> source,
        ForceScope scope,
        int? chosenForceId,
        Func<IQueryable<T>, IQueryable<PageKey>> keys,
        Func<IQueryable<PageKey>, IQueryable<PageKey>> order,
        Expression<Func<T, int>> forceOf,
        int skip,
        int take)
    {
        var rowsNeeded = (long)skip + take;
        var candidates = scope.SeesAllForces || scope.ForceIds.Count < 2 || chosenForceId is not null || rowsNeeded > MaxRowsPerForce
            ? keys(source)
            : scope.ForceIds
                .Select(forceId => order(keys(source.Where(Equals(forceOf, forceId)))).Take((int)rowsNeeded))
                .Aggregate(Queryable.Concat);
        return order(candidates).Select(k => k.Id).Skip(skip).Take(take);
    }

    // The predicate reads its value from a closure object so that EF sends it as a parameter
    // and caches one compiled query, as it does for a lambda that captures a local.
    private static Expression<Func<T, bool>> Equals<T>(Expression<Func<T, int>> property, int value)
    {
        var holder = Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(property.Body, holder), property.Parameters);
    }

    private sealed class Box(int value)
    {
        public int Value { get; } = value;
    }
}
