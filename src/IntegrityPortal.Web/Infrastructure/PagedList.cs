using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// One page of a query. The total is counted by the database, up to CappedCount.Cap, and only
/// the page's rows are fetched, so lists stay fast however large the table grows.
/// </summary>
public sealed class PagedList<T>
{
    public const int DefaultPageSize = 25;

    public required IReadOnlyList<T> Items { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }

    /// <summary>The exact count, or CappedCount.Cap when <see cref="CountIsCapped"/>.</summary>
    public required int TotalCount { get; init; }

    /// <summary>There are more than CappedCount.Cap rows; they were not counted.</summary>
    public bool CountIsCapped { get; init; }

    /// <summary>"1,234" or "more than 10,000".</summary>
    public string CountText => CappedCount.Describe(TotalCount, CountIsCapped);

    /// <summary>The number of pages; when the count is capped, this page plus one if another row exists.</summary>
    public int PageCount { get; init; }

    public bool HasPrevious => Page > 1;

    /// <summary>The same page with each row turned into what the page shows (a name and rank, worked out in memory).</summary>
    public PagedList<TOut> Map<TOut>(Func<T, TOut> map) => new()
    {
        Items = Items.Select(map).ToList(), Page = Page, PageSize = PageSize, TotalCount = TotalCount, CountIsCapped = CountIsCapped, PageCount = PageCount,
    };
    public bool HasNext => Page < PageCount;

    /// <param name="source">An ordered query: paging an unordered query gives unstable pages.</param>
    public static Task<PagedList<T>> CreateAsync(IQueryable<T> source, int page, int pageSize = DefaultPageSize, CancellationToken ct = default) =>
        CreateAsync(source, (skip, take) => source.Skip(skip).Take(take), page, pageSize, ct);

    /// <param name="source">The whole list, counted.</param>
    /// <param name="pageOf">The rows of the list after skipping the first so many, as many as
    /// asked for, in the list's order: read from a subset that holds every row up to the end of
    /// the page (see PerForcePage), or the page's keys first and then their rows.</param>
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> source, Func<int, int, IQueryable<T>> pageOf, int page, int pageSize, CancellationToken ct)
    {
        var (total, capped) = await CappedCount.CountAsync(source, ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        if (!capped)
        {
            page = Math.Clamp(page, 1, pageCount);
            var items = await pageOf((page - 1) * pageSize, pageSize).ToListAsync(ct);
            return new PagedList<T> { Items = items, Page = page, PageSize = pageSize, TotalCount = total, PageCount = pageCount };
        }

        // Past the cap the last page is unknown: read one row more to learn whether a next
        // page exists.
        // No last page to clamp to: keep the offset within an int, however large the page asked for.
        page = Math.Clamp(page, 1, int.MaxValue / (pageSize + 1));
        var read = await pageOf((page - 1) * pageSize, pageSize + 1).ToListAsync(ct);
        var hasNext = read.Count > pageSize;
        return new PagedList<T>
        {
            Items = hasNext ? read.Take(pageSize).ToList() : read,
            Page = page,
            PageSize = pageSize,
            TotalCount = total,
            CountIsCapped = true,
            PageCount = hasNext ? page + 1 : page,
        };
    }
}

/// <summary>What a page tells the _Pagination partial besides its model.</summary>
public static class PaginationView
{
    /// <summary>ViewData key, true when the page count is only a lower bound (the count was capped).</summary>
    public const string PageCountIsLowerBound = nameof(PageCountIsLowerBound);
}
