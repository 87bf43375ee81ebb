using System.Linq.Expressions;
using IntegrityPortal.Core.Media;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// The quarters a dashboard shows: the current quarter and the eight before it, oldest first.
/// Each register's quarterly figures are counted in one grouped query: the row's date is turned
/// into the index of its quarter by the database (a CASE over the quarters' first days,
/// <see cref="IndexOf{T}"/> or <see cref="Index(DateOnly)"/> inside <see cref="Expand{T, TResult}"/>)
/// and the rows are grouped by that index. A position taken at each quarter's end that no
/// grouping gives (the review backlog) is composed quarter by quarter (<see cref="EachAsync{T}"/>).
/// </summary>
public sealed class DashboardQuarters
{
    public const int PreviousQuarters = 8;

    public DashboardQuarters(Quarter current, DateOnly today, int previousQuarters = PreviousQuarters)
    {
        Today = today;
        var quarters = new List<Quarter> { current };
        for (var i = 0; i < previousQuarters; i++)
        {
            quarters.Insert(0, quarters[0].Previous);
        }

        All = quarters;
    }

    /// <summary>Oldest first; the last is the current quarter.</summary>
    public IReadOnlyList<Quarter> All { get; }

    public Quarter Current => All[^1];

    public Quarter First => All[0];

    /// <summary>The dashboard's date: it falls in the current quarter.</summary>
    public DateOnly Today { get; }

    public static DashboardQuarters Containing(DateOnly today) => new(Quarter.Containing(today), today);

    /// <summary>The quarters from <paramref name="first"/> (one of these) to the current one: what is left to count when the earlier ones are stored.</summary>
    public DashboardQuarters Since(Quarter first) => new(Current, Today, All.Count - 1 - All.ToList().IndexOf(first));

    /// <summary>Whether the quarter has ended: its figures are then final (each register reads its rows as they stood on the last day).</summary>
    public bool HasEnded(Quarter quarter) => quarter.LastDay < Today;

    /// <summary>The date a position "at the end of the quarter" is taken: its last day, or today for the current quarter.</summary>
    public DateOnly AsAt(Quarter quarter) => quarter.LastDay < Today ? quarter.LastDay : Today;

    /// <summary>The first day of each quarter and, last, the day after the current quarter.</summary>
    public IReadOnlyList<DateOnly> Days => [.. All.Select(q => q.FirstDay), Current.FirstDay.AddMonths(3)];

    /// <summary>Rows whose date falls in one of the quarters.</summary>
    public Expression<Func<T, bool>> Within<T>(Expression<Func<T, DateOnly>> date) => Within(date, Days);

    /// <summary>The index (0 = oldest) of the quarter the row's date falls in; use with <see cref="Within{T}(Expression{Func{T, DateOnly}})"/>.</summary>
    public Expression<Func<T, int>> IndexOf<T>(Expression<Func<T, DateOnly>> date) => IndexOf(date, Days);

    /// <summary>
    /// Marks, in a query passed through <see cref="Expand{T, TResult}"/>, the index (0 = oldest) of
    /// the quarter a UK date falls in: a date before the first quarter is 0, one after the current
    /// quarter is the last index. So <c>Index(a) &lt;= Index(b)</c> reads "a is no later than the end
    /// of b's quarter" when b is within the quarters.
    /// </summary>
    public static int Index(DateOnly date) => throw new InvalidOperationException("DashboardQuarters.Index is only for queries passed through Expand.");

    /// <summary>As <see cref="Index(DateOnly)"/>, for a UTC instant: quarters start at UK midnight.</summary>
    public static int Index(DateTime utc) => throw new InvalidOperationException("DashboardQuarters.Index is only for queries passed through Expand.");

    /// <summary>
    /// Marks, in a query passed through <see cref="Expand{T, TResult}"/>, the last day of the
    /// quarter a date within the quarters falls in: "by the end of the row's own quarter" is
    /// <c>x &lt;= LastDayOf(date)</c>, one CASE, and a bound an index range can use.
    /// </summary>
    public static DateOnly LastDayOf(DateOnly date) => throw new InvalidOperationException("DashboardQuarters.LastDayOf is only for queries passed through Expand.");

    /// <summary>The query with each <see cref="Index(DateOnly)"/> and <see cref="LastDayOf"/> written out as the database's CASE over these quarters' first days.</summary>
    public Expression<Func<T, TResult>> Expand<T, TResult>(Expression<Func<T, TResult>> query) => (Expression<Func<T, TResult>>)new IndexExpander(this).Visit(query);

    private sealed class IndexExpander(DashboardQuarters quarters) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(DashboardQuarters))
            {
                return base.VisitMethodCall(node);
            }

            var date = Visit(node.Arguments[0]);
            if (node.Method.Name == nameof(LastDayOf))
            {
                return QuarterBody(date, quarters.Days, i => Expression.Constant(quarters.All[i].LastDay));
            }

            return date.Type == typeof(DateOnly)
                ? IndexBody(date, quarters.Days)
                : IndexBody(date, [.. quarters.Days.Select(UkTime.StartOfDayUtc)]);
        }
    }

    private static Expression<Func<T, bool>> Within<T, TValue>(Expression<Func<T, TValue>> value, IReadOnlyList<TValue> bounds)
    {
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(value.Body, Expression.Constant(bounds[0], typeof(TValue))),
            Expression.LessThan(value.Body, Expression.Constant(bounds[^1], typeof(TValue))));
        return Expression.Lambda<Func<T, bool>>(body, value.Parameters);
    }

    private static Expression<Func<T, int>> IndexOf<T, TValue>(Expression<Func<T, TValue>> value, IReadOnlyList<TValue> bounds) =>
        Expression.Lambda<Func<T, int>>(IndexBody(value.Body, bounds), value.Parameters);

    // A balanced tree of comparisons, so a row costs four comparisons, not up to nine:
    // value < start[5] ? (value < start[3] ? ... : ...) : (...). start[0] is never compared: a
    // date before the first quarter is 0 (queries limit rows with Within where that matters).
    private static Expression IndexBody<TValue>(Expression value, IReadOnlyList<TValue> bounds) =>
        QuarterBody(value, bounds, i => Expression.Constant(i));

    // The same tree, answering with something of the quarter (its index, its last day).
    private static Expression QuarterBody<TValue>(Expression value, IReadOnlyList<TValue> bounds, Func<int, Expression> answer) =>
        QuarterBody(value, bounds, answer, 0, bounds.Count - 2);

    private static Expression QuarterBody<TValue>(Expression value, IReadOnlyList<TValue> bounds, Func<int, Expression> answer, int first, int last)
    {
        if (first == last)
        {
            return answer(first);
        }

        var middle = (first + last + 1) / 2;
        return Expression.Condition(
            Expression.LessThan(value, Expression.Constant(bounds[middle], typeof(TValue))),
            QuarterBody(value, bounds, answer, first, middle - 1),
            QuarterBody(value, bounds, answer, middle, last));
    }

    /// <summary>Figures given for each quarter in order, oldest first, paired with their quarters.</summary>
    public IReadOnlyList<QuarterFigures<T>> Pair<T>(IReadOnlyList<T> figures) => [.. All.Select((q, i) => new QuarterFigures<T>(q, figures[i]))];

    /// <summary>
    /// A register's figures for each quarter from its figures class's period method: one grouped
    /// query per quarter, one after another (a DbContext runs one query at a time).
    /// </summary>
    public async Task<IReadOnlyList<QuarterFigures<T>>> EachAsync<T>(Func<Quarter, Task<T>> figures)
    {
        var result = new List<QuarterFigures<T>>();
        foreach (var quarter in All)
        {
            result.Add(new(quarter, await figures(quarter)));
        }

        return result;
    }
}

/// <summary>One quarter's figures of a register.</summary>
public sealed record QuarterFigures<T>(Quarter Quarter, T Figures);
