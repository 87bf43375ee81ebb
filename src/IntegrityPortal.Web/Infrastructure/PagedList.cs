using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// One page of a query. The total is counted by the database and only the page's rows are
/// fetched, so lists stay fast however large the table grows.
/// </summary>
public sealed class PagedList<T>
{
    public const int DefaultPageSize = 25;

    public required IReadOnlyList<T> Items { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public required int TotalCount { get; init; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    /// <param name="source">An ordered query: paging an unordered query gives unstable pages.</param>
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> source, int page, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var total = await source.CountAsync(ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var items = await source.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T> { Items = items, Page = page, PageSize = pageSize, TotalCount = total };
    }
}
