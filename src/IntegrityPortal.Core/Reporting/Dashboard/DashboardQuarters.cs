using System.Linq.Expressions;
using IntegrityPortal.Core.Media;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// The quarters a dashboard shows: the current quarter and the eight before it, oldest first.
/// Each register's quarterly figures are counted in one grouped query: the row's date is turned
/// into the index of its quarter by the database (a CASE over the quarters' first days) and the
/// rows are grouped by that index. Registers whose figures class counts a period in one grouped
/// query are composed quarter by quarter instead (<see cref="EachAsync{T}"/>).
/// </summary>
public sealed class DashboardQuarters
{
    public const int PreviousQuarters = 8;

    public DashboardQuarters(Quarter current, DateOnly today)
    {
        Today = today;
        var quarters = new List<Quarter> { current };
        for (var i = 0; i < PreviousQuarters; i++)
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

    /// <summary>The date a position "at the end of the quarter" is taken: its last day, or today for the current quarter.</summary>
    public DateOnly AsAt(Quarter quarter) => quarter.LastDay < Today ? quarter.LastDay : Today;

    /// <summary>The first day of each quarter and, last, the day after the current quarter.</summary>
    public IReadOnlyList<DateOnly> Days => [.. All.Select(q => q.FirstDay), Current.FirstDay.AddMonths(3)];

    /// <summary>Rows whose date falls in one of the quarters.</summary>
    public Expression<Func<T, bool>> Within<T>(Expression<Func<T, DateOnly>> date) => Within(date, Days);

    /// <summary>The index (0 = oldest) of the quarter the row's date falls in; use with <see cref="Within{T}(Expression{Func{T, DateOnly}})"/>.</summary>
    public Expression<Func<T, int>> IndexOf<T>(Expression<Func<T, DateOnly>> date) => IndexOf(date, Days);

    private static Expression<Func<T, bool>> Within<T, TValue>(Expression<Func<T, TValue>> value, IReadOnlyList<TValue> bounds)
    {
        var body = Expression.AndAlso(
            Expression.GreaterThanOrEqual(value.Body, Expression.Constant(bounds[0], typeof(TValue))),
            Expression.LessThan(value.Body, Expression.Constant(bounds[^1], typeof(TValue))));
        return Expression.Lambda<Func<T, bool>>(body, value.Parameters);
    }

    // value < start[1] ? 0 : value < start[2] ? 1 : ... : last. Rows are first limited by Within.
    private static Expression<Func<T, int>> IndexOf<T, TValue>(Expression<Func<T, TValue>> value, IReadOnlyList<TValue> bounds)
    {
        var quarters = bounds.Count - 1;
        Expression body = Expression.Constant(quarters - 1);
        for (var i = quarters - 2; i >= 0; i--)
        {
            body = Expression.Condition(
                Expression.LessThan(value.Body, Expression.Constant(bounds[i + 1], typeof(TValue))),
                Expression.Constant(i),
                body);
        }

        return Expression.Lambda<Func<T, int>>(body, value.Parameters);
    }

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
