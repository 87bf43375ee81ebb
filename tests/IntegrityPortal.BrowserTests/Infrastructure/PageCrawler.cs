using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>What the crawl found on one page.</summary>
public sealed record CrawledPage(
    string Account,
    string Url,
    string Pattern,
    int Status,
    string Title,
    IReadOnlyList<string> Violations,
    int WidthAtDesktop,
    int WidthAtNarrow,
    IReadOnlyList<string> WideElements,
    bool HasPagination,
    bool HasSkipToResults = false,
    string? SkipToResultsProblem = null,
    bool Checked = false,
    string? Error = null);

/// <summary>
/// Visits every page a signed-in (or anonymous) browser context can reach by following links,
/// breadth first, from a start page: same origin, GET only (links, never forms), no downloads
/// and no sign-out. Addresses are reduced to page patterns (numbers and GUIDs in the path
/// become {id}, query values are dropped) so a list of 5,000 records costs a few visits, not
/// 5,000. On each page it runs axe-core and measures the page's width at 1280 and 320 CSS
/// pixels (WCAG 1.4.10, reflow).
/// </summary>
/// <param name="checks">
/// The patterns already fully checked, shared by every account's crawl: every page is opened for
/// its title and links, but axe-core and the widths, which take most of the time, run on a
/// pattern once over the whole crawl, and on each account's start pages (its home page differs
/// by role).
/// </param>
public sealed partial class PageCrawler(IPage page, Uri baseAddress, string account, PatternChecks checks)
{
    public const int DesktopWidth = 1280;
    public const int NarrowWidth = 320;
    private const int Height = 900;

    /// <summary>Visits of one pattern per account: one record stands for every record of its kind.</summary>
    public int VisitsPerPattern { get; init; } = 1;

    /// <summary>A bound on one account's crawl, whatever the links.</summary>
    public int MaxPages { get; init; } = 45;

    public async Task<IReadOnlyList<CrawledPage>> CrawlAsync(params string[] startPaths)
    {
        var results = new List<CrawledPage>();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        var visitsByPattern = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var start in startPaths)
        {
            Enqueue(new Uri(baseAddress, start));
        }

        var starts = queue.ToHashSet(StringComparer.Ordinal);
        while (queue.Count > 0 && results.Count < MaxPages)
        {
            var url = queue.Dequeue();
            CrawledPage result;
            try
            {
                result = await VisitAsync(url, starts.Contains(url));
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                results.Add(new CrawledPage(account, url, PatternOf(new Uri(url)), 0, string.Empty, [], 0, 0, [], false, Error: e.Message.Split('\n')[0]));
                continue;
            }

            results.Add(result);
            if (result.Status >= 400)
            {
                continue;
            }

            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.href)");
            foreach (var link in links)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var uri))
                {
                    Enqueue(uri);
                }
            }
        }

        return results;

        void Enqueue(Uri uri)
        {
            if (!IsCrawlable(uri))
            {
                return;
            }

            var address = uri.GetLeftPart(UriPartial.Query);
            if (!queued.Add(address))
            {
                return;
            }

            var pattern = PatternOf(uri);
            var visits = visitsByPattern.GetValueOrDefault(pattern);
            if (visits >= VisitsPerPattern)
            {
                return;
            }

            visitsByPattern[pattern] = visits + 1;
            queue.Enqueue(address);
        }
    }

    private bool IsCrawlable(Uri uri)
    {
        if (uri.Scheme != baseAddress.Scheme || uri.Authority != baseAddress.Authority)
        {
            return false;
        }

        var path = uri.AbsolutePath;
        if (path.StartsWith("/Account/SignOut", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/lib/", StringComparison.OrdinalIgnoreCase)
            || Path.HasExtension(path))
        {
            return false; // Sign-out ends the crawl's session; files are not pages.
        }

        // A GET handler (?handler=Csv, ?handler=Excel) is a download, not a page.
        return !QueryKeys(uri).Contains("handler", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"/Gifts/Register/View/42?pageNumber=3" becomes "/Gifts/Register/View/{id}?pageNumber".</summary>
    public static string PatternOf(Uri uri)
    {
        var path = IdSegment().Replace(uri.AbsolutePath.TrimEnd('/'), "/{id}");
        var keys = QueryKeys(uri).Order(StringComparer.Ordinal).ToList();
        return (path.Length == 0 ? "/" : path) + (keys.Count == 0 ? string.Empty : "?" + string.Join('&', keys));
    }

    private static IEnumerable<string> QueryKeys(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => Uri.UnescapeDataString(pair.Split('=')[0]))
            .Distinct(StringComparer.Ordinal);

    private async Task<CrawledPage> VisitAsync(string url, bool isStart)
    {
        await page.SetViewportSizeAsync(DesktopWidth, Height);
        var response = await page.GotoAsync(url);
        var status = response?.Status ?? 0;
        var finalUrl = new Uri(page.Url);
        var title = await page.TitleAsync();
        var pattern = PatternOf(finalUrl);
        var hasPagination = await page.Locator("nav.govuk-pagination").CountAsync() > 0;
        if (status >= 400)
        {
            return new CrawledPage(account, url, pattern, status, title, [], 0, 0, [], false);
        }

        if (!checks.Claim(pattern) && !isStart)
        {
            return new CrawledPage(account, finalUrl.PathAndQuery, pattern, status, title, [], 0, 0, [], hasPagination);
        }

        var violations = (await Axe.ViolationsAsync(page)).Select(v => v.ToString()).ToList();
        var desktopWidth = await ScrollWidthAsync();

        await page.SetViewportSizeAsync(NarrowWidth, Height);
        // Charts (Chart.js) follow a resize on the next animation frames: measure after them.
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50))))");
        var narrowWidth = await ScrollWidthAsync();
        var wide = narrowWidth > NarrowWidth ? await WideElementsAsync() : [];
        var (hasSkipToResults, skipProblem) = await TrySkipToResultsAsync();
        return new CrawledPage(account, finalUrl.PathAndQuery, pattern, status, title, violations, desktopWidth, narrowWidth, wide, hasPagination,
            hasSkipToResults, skipProblem, Checked: true);
    }

    /// <summary>
    /// Where the page offers "Skip to results", a keyboard user reaches it with the second Tab
    /// (after "Skip to main content") and Enter moves the focus to the results.
    /// </summary>
    private async Task<(bool Offered, string? Problem)> TrySkipToResultsAsync()
    {
        var link = page.Locator("a.govuk-skip-link", new() { HasText = "Skip to results" });
        if (await link.CountAsync() == 0)
        {
            return (false, null);
        }

        var target = (await link.GetAttributeAsync("href"))!.TrimStart('#');
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''");
        if (focused != "Skip to results")
        {
            return (true, $"the second Tab reaches \"{focused}\", not \"Skip to results\"");
        }

        await page.Keyboard.PressAsync("Enter");
        var focusedId = await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");
        return (true, focusedId == target ? null : $"Enter on \"Skip to results\" leaves the focus on \"{focusedId}\", not #{target}");
    }

    private Task<int> ScrollWidthAsync() => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    /// <summary>The innermost elements that reach past the viewport's right edge, to say what to fix.</summary>
    private Task<string[]> WideElementsAsync() => page.EvaluateAsync<string[]>("""
        width => {
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          // An element inside a scrolling region (a table's) scrolls there, not the page.
          const clipped = e => {
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            }
            return false;
          };
          const wide = [...document.body.querySelectorAll('*')].filter(e => {
            const box = e.getBoundingClientRect();
            return box.width > 0 && box.right > width + 1 && !clipped(e);
          });
          return wide.filter(e => !wide.some(other => other !== e && e.contains(other)))
            .slice(0, 5)
            .map(e => describe(e) + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
        }
        """, NarrowWidth);

    [GeneratedRegex(@"/(\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})(?=/|$)")]
    private static partial Regex IdSegment();
}
