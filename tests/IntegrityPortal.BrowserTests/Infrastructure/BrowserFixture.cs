using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(IntegrityPortal.BrowserTests.Infrastructure.BrowserFixture))]

namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test assembly; each test gets its own browser context
/// (cookies, storage) through <see cref="PortalSession"/>. Playwright cannot download its own
/// browser here, so it drives the Debian package's Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string MissingChromium = "Chromium is not installed at /usr/bin/chromium: apt-get install -y chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return; // Each test skips (or fails on CI) through RequireChromium.
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// Skips the calling test when Chromium is missing on a developer's machine; on CI (the
    /// CI environment variable is set) a missing browser fails the test instead, so browser
    /// coverage cannot silently disappear.
    /// </summary>
    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Skip(MissingChromium);
        }

        Assert.Fail(MissingChromium);
    }

    /// <param name="javaScriptEnabled">False for a context that reads pages as a browser without JavaScript would.</param>
    public async Task<IBrowserContext> NewContextAsync(string baseUrl, bool javaScriptEnabled = true)
    {
        RequireChromium();
        var context = await (browser ?? throw new InvalidOperationException("Chromium did not start.")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(15_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
