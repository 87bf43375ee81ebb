using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using IntegrityPortal.BrowserTests.Infrastructure;
using static IntegrityPortal.BrowserTests.Infrastructure.PortalPages;

namespace IntegrityPortal.BrowserTests;

/// <summary>
/// Every page each role can reach by following links, checked for what axe-core sees and for
/// two things it does not: reflow at 320 CSS pixels (WCAG 1.4.10) and distinct page titles
/// (2.4.2). One server, and one browser context per account for the whole of its crawl; a few
/// accounts are crawled at once.
/// </summary>
public partial class AccessibilityCrawlTests(BrowserFixture browser)
{
    /// <summary>
    /// One account for each role of the README's role table, plus the alliance's PSD, which
    /// sees two forces. <c>staff.*</c> holds the officer role and sees the officer's pages, so
    /// <c>officer.cumbria</c> stands for both. Null: not signed in.
    /// </summary>
    private static readonly string?[] Accounts =
    [
        null,
        "officer.cumbria",
        "manager.cumbria",
        "psd.cumbria",
        "psd.warwickshire",
        "head-of-psd.cumbria",
        "dcc.warwickshire",
        "press-office.cumbria",
        "procurement.cumbria",
        "pcc.cumbria",
        "admin.cumbria",
        "admin",
        "inspector",
    ];

    private static readonly string[] AnonymousStartPaths = ["/Public", "/accessibility", "/Account/SignIn"];

    /// <summary>
    /// Pages no link leads to, because a form asks for their period first: the crawl follows
    /// links only, so it is given them with a period that holds demonstration data.
    /// </summary>
    private static readonly Dictionary<string, string[]> FormResults = new()
    {
        ["psd.cumbria"] =
        [
            "/BusinessInterests/Psd/Figures?From=2011-09-01&To=2026-11-30",
            "/BusinessInterests/Psd/Refusals?From=2011-09-01&To=2026-11-30",
            "/Investigations/Figures?From=2011-09-01&To=2026-11-30",
        ],
        ["psd.warwickshire"] =
        [
            "/BusinessInterests/Psd/Figures?From=2011-09-01&To=2026-11-30",
            "/Investigations/Figures?From=2011-09-01&To=2026-11-30",
        ],
    };

    /// <summary>
    /// Accounts crawled at the same time: the server and Chromium wait on each other, so two
    /// crawls at once keep two cores busy where one crawl leaves them half idle; more would only
    /// queue behind each other.
    /// </summary>
    private const int CrawlsAtOnce = 2;

    [Fact]
    public async Task EveryReachablePage_ForEveryRole_HasNoAxeViolations_ReflowsAt320_AndADistinctTitle()
    {
        BrowserFixture.RequireChromium();
        await using var server = await PortalServer.StartAsync();
        var clock = Stopwatch.StartNew();
        var checks = new PatternChecks();
        using var gate = new SemaphoreSlim(CrawlsAtOnce);

        var crawls = await Task.WhenAll(Accounts.Select(async account =>
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                return await CrawlAsync(server, account, checks, clock);
            }
            finally
            {
                gate.Release();
            }
        }));

        var pages = crawls.SelectMany(c => c.Pages).ToList();
        Report(pages, clock.Elapsed);
        var failures = new StringBuilder();
        foreach (var failure in crawls.Select(c => c.Failure).OfType<string>())
        {
            failures.AppendLine(failure);
        }

        failures.Append(Failures(pages));
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private async Task<(IReadOnlyList<CrawledPage> Pages, string? Failure)> CrawlAsync(PortalServer server, string? account, PatternChecks checks, Stopwatch clock)
    {
        var context = await browser.NewContextAsync(server.BaseAddress.ToString());
        try
        {
            var page = await context.NewPageAsync();
            if (account is not null)
            {
                await page.GotoAsync("/Account/SignIn");
                await Keys.SignInAsync(page, account);
                if (page.Url != server.BaseAddress.ToString())
                {
                    return ([], $"{account}: sign-in ended at {page.Url}, not the home page");
                }
            }

            var crawler = new PageCrawler(page, server.BaseAddress, account ?? "(not signed in)", checks);
            var crawled = await crawler.CrawlAsync(account is null ? AnonymousStartPaths : ["/", .. FormResults.GetValueOrDefault(account, [])]);
            TestContext.Current.TestOutputHelper?.WriteLine($"{account ?? "(not signed in)"}: {crawled.Count} pages, {crawled.Count(p => p.Checked)} checked, at {clock.Elapsed.TotalSeconds:0} s");
            return (crawled, null);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Failures(IReadOnlyList<CrawledPage> pages)
    {
        var failures = new StringBuilder();
        var opened = pages.Where(p => p.Error is null && p.Status < 400).ToList();

        foreach (var p in pages.Where(p => p.Error is not null))
        {
            failures.AppendLine($"{p.Account}: {p.Url} could not be checked: {p.Error}");
        }

        foreach (var p in pages.Where(p => p.Status >= 400))
        {
            failures.AppendLine($"{p.Account}: {p.Url} answered {p.Status} to a link the portal offered");
        }

        foreach (var p in opened.Where(p => p.Violations.Count > 0))
        {
            failures.AppendLine($"{p.Account}: {p.Url}: axe found {string.Join("; ", p.Violations)}");
        }

        foreach (var p in opened.Where(p => p.WidthAtNarrow > PageCrawler.NarrowWidth))
        {
            failures.AppendLine($"{p.Account}: {p.Url} is {p.WidthAtNarrow} px wide at {PageCrawler.NarrowWidth} px: {string.Join(", ", p.WideElements)}");
        }

        foreach (var p in opened.Where(p => p.WidthAtDesktop > PageCrawler.DesktopWidth))
        {
            failures.AppendLine($"{p.Account}: {p.Url} is {p.WidthAtDesktop} px wide at {PageCrawler.DesktopWidth} px");
        }

        foreach (var p in opened.Where(p => p.SkipToResultsProblem is not null))
        {
            failures.AppendLine($"{p.Account}: {p.Url}: {p.SkipToResultsProblem}");
        }

        // A list shown in pages says which page in its title: "(page 2 of 7)", or "(page 2)" where
        // the list's count stopped at its cap and the last page is not known (PageTitle).
        foreach (var p in opened.Where(p => p.HasPagination && !PageOf().IsMatch(p.Title)))
        {
            failures.AppendLine($"{p.Account}: {p.Url} is paged but its title \"{p.Title}\" does not say which page");
        }

        // Distinct pages have distinct titles. A page is its path pattern: the same list
        // filtered, sorted or paged is the same page (its page number is in the title).
        var patternsByTitle = opened
            .GroupBy(p => PageOf().Replace(p.Title, string.Empty).Trim(), StringComparer.Ordinal)
            .Select(g => (Title: g.Key, Pages: g.GroupBy(p => PathOf(p.Pattern)).Select(pattern => pattern.First()).ToList()))
            .Where(g => g.Pages.Count > 1);
        foreach (var (title, samePages) in patternsByTitle)
        {
            failures.AppendLine($"\"{title}\" is the title of {samePages.Count} pages: {string.Join(", ", samePages.Select(p => $"{p.Url} ({p.Account})"))}");
        }

        return failures.ToString();
    }

    private static string PathOf(string pattern) => pattern.Split('?')[0];

    private static void Report(IReadOnlyList<CrawledPage> pages, TimeSpan elapsed)
    {
        var output = TestContext.Current.TestOutputHelper;
        if (output is null)
        {
            return;
        }

        output.WriteLine($"Crawled {pages.Count} pages, checked {pages.Count(p => p.Checked)} ({pages.Select(p => p.Pattern).Distinct().Count()} patterns, {pages.Select(p => PathOf(p.Pattern)).Distinct().Count()} paths) in {elapsed.TotalSeconds:0} s");
        foreach (var account in pages.GroupBy(p => p.Account))
        {
            output.WriteLine($"{account.Key}: {account.Count()} pages, {account.Count(p => p.Checked)} checked, {account.Sum(p => p.Violations.Count)} axe violations, widest at 320 px: {account.Max(p => p.WidthAtNarrow)} px, at 1280 px: {account.Max(p => p.WidthAtDesktop)} px, skip to results tried on {account.Count(p => p.HasSkipToResults)}");
        }
    }

    [GeneratedRegex(@"\(page \d+( of \d+)?\)")]
    private static partial Regex PageOf();
}
