using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// Counts the rows of a list up to a cap. Past 10,000 the exact number helps nobody, and
/// counting a force's (or the nation's) whole register or audit trail for each page costs more
/// than the page itself; "more than 10,000" is an honest answer. Every paged list counts here.
/// </summary>
public static class CappedCount
{
    public const int Cap = 10_000;

    /// <summary>The number of rows, or <see cref="Cap"/> with IsCapped when there are more.</summary>
    public static async Task<(int Count, bool IsCapped)> CountAsync<T>(IQueryable<T> source, CancellationToken ct = default)
    {
        var counted = await WithoutOrdering(source).Take(Cap + 1).CountAsync(ct);
        return counted > Cap ? (Cap, true) : (counted, false);
    }

    /// <summary>"1,234", or "more than 10,000".</summary>
    public static string Describe(int count, bool isCapped) =>
        isCapped ? $"more than {Cap:N0}" : count.ToString("N0");

    /// <summary>
    /// The query without its sort, so the database can count from any index instead of
    /// sorting rows it only counts. A sort beneath Skip or Take chooses rows, so it stays.
    /// </summary>
    public static IQueryable<T> WithoutOrdering<T>(IQueryable<T> source) =>
        source.Provider.CreateQuery<T>(new OrderingRemover().Visit(source.Expression));

    private sealed class OrderingRemover : ExpressionVisitor
    {
        private static readonly HashSet<string> Orderings =
            [nameof(Queryable.OrderBy), nameof(Queryable.OrderByDescending), nameof(Queryable.ThenBy), nameof(Queryable.ThenByDescending)];

        private static readonly HashSet<string> Limits = [nameof(Queryable.Skip), nameof(Queryable.Take)];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(Queryable))
            {
                return base.VisitMethodCall(node);
            }

            if (Limits.Contains(node.Method.Name))
            {
                return node;
            }

            if (Orderings.Contains(node.Method.Name))
            {
                return Visit(node.Arguments[0]);
            }

            return base.VisitMethodCall(node);
        }
    }
}
