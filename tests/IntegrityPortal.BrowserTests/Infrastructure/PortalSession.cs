using Microsoft.Playwright;

namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>One test's world: its own server and database, and a fresh browser context and page.</summary>
public sealed class PortalSession : IAsyncDisposable
{
    private PortalSession(PortalServer server, IBrowserContext context, IPage page)
    {
        Server = server;
        Context = context;
        Page = page;
    }

    public PortalServer Server { get; }
    public IBrowserContext Context { get; }
    public IPage Page { get; }

    public static async Task<PortalSession> StartAsync(BrowserFixture browser, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        BrowserFixture.RequireChromium(); // Before starting a server that would not be used.
        var server = await PortalServer.StartAsync(clock, settings);
        try
        {
            var context = await browser.NewContextAsync(server.BaseAddress.ToString());
            return new PortalSession(server, context, await context.NewPageAsync());
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await Server.DisposeAsync();
    }
}
