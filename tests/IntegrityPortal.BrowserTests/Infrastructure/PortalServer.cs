using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.BrowserTests.Infrastructure;

/// <summary>
/// The real application on Kestrel, on a free loopback port, over its own copy of the
/// demonstration database. It runs as Development because the browser speaks plain HTTP:
/// Development's cookies are SameAsRequest, every other environment's are Secure. Demo data
/// is not seeded at start-up; the copy already holds it.
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    private readonly PortalFactory factory;

    private PortalServer(PortalFactory factory, Uri baseAddress)
    {
        this.factory = factory;
        BaseAddress = baseAddress;
    }

    /// <summary>http://localhost:{port}/ — Chromium treats localhost as a secure context.</summary>
    public Uri BaseAddress { get; }

    public string DatabasePath => factory.DatabasePath;

    /// <param name="clock">The app's clock, for a journey that moves time on; the real time by default.</param>
    /// <param name="settings">Settings over the test defaults, such as a low rate limit for the journey that reaches it.</param>
    public static async Task<PortalServer> StartAsync(TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new PortalFactory(await TestDatabase.CreateCopyAsync(), clock, environment: "Development", settings: settings);
        try
        {
            factory.UseKestrel(0); // 0: Kestrel picks a free port on 127.0.0.1.
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
                .Select(a => new Uri(a))
                .First(a => a.Scheme == Uri.UriSchemeHttp && a.Host == "127.0.0.1");
            return new PortalServer(factory, new Uri($"http://localhost:{address.Port}/"));
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}
