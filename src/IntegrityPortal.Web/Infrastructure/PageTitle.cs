namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The page's &lt;title&gt; (WCAG 2.4.2): "Error: " when the form has errors, the page's own
/// title (ViewData["Title"], which says what the page is and whose view it is), "(page 3 of 12)"
/// on the later pages of a paged list, then the service name. The page number comes from the
/// pagination the page renders (_Pagination), so every paged list gets it and none can forget.
/// </summary>
public static class PageTitle
{
    public const string ServiceName = "Integrity Portal";
    private const string PageOfKey = "IntegrityPortal.PageTitle.PageOf";

    /// <summary>Called by _Pagination: the body is rendered before the layout reads it.</summary>
    /// <param name="pageCount">Null when the list's count stopped at its cap: the last page is not known.</param>
    public static void SetPageOf(HttpContext http, int page, int? pageCount)
    {
        if (pageCount is null)
        {
            http.Items[PageOfKey] = $"(page {page})";
        }
        else if (pageCount > 1)
        {
            http.Items[PageOfKey] = $"(page {page} of {pageCount})";
        }
    }

    public static string Compose(HttpContext http, string? title, bool hasErrors)
    {
        var pageOf = http.Items.TryGetValue(PageOfKey, out var value) ? $" {value}" : string.Empty;
        var error = hasErrors ? "Error: " : string.Empty;
        return title is null ? $"{error}{ServiceName}" : $"{error}{title}{pageOf} – {ServiceName}";
    }
}
