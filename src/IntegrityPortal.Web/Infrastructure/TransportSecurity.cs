using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// TLS outside Development (ADR: TLS required at start-up). Cookies and antiforgery tokens are
/// Secure there, so a node serving plain HTTP would answer every form with an error. Such a
/// node refuses to start, with a message that says what to configure, unless TLS ends at a
/// reverse proxy (<c>ReverseProxy:Enabled</c>). Where Kestrel serves both HTTP and HTTPS, HTTP
/// is redirected. HSTS lasts a year; no <c>Server</c> header names the software.
/// </summary>
public static class TransportSecurity
{
    public const string NoTlsMessage =
        "Integrity Portal will not start: outside Development it must be reached over HTTPS, but it listens only on plain HTTP ({0}). "
        + "Either configure an HTTPS endpoint with a certificate (Kestrel:Endpoints, or an https:// address in ASPNETCORE_URLS), "
        + "or end TLS at a reverse proxy and set ReverseProxy__Enabled=true. See docs/deployment.md, \"TLS and reverse proxy\".";

    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static void AddPortalTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddHsts(options => options.MaxAge = HstsMaxAge);
    }

    /// <summary>Starts the app, and stops it again with exit code 2 if it would serve plain HTTP only.</summary>
    public static async Task<int> RunRequiringTlsAsync(this WebApplication app)
    {
        await app.StartAsync();
        if (Problem(app) is { } problem)
        {
            app.Logger.LogCritical("{Problem}", problem);
            await Console.Error.WriteLineAsync(problem);
            await app.StopAsync();
            return 2;
        }

        await app.WaitForShutdownAsync();
        return 0;
    }

    /// <summary>What is wrong with the addresses the server listens on, or null when nothing is.</summary>
    public static string? Problem(WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("ReverseProxy:Enabled"))
        {
            return null;
        }

        // Kestrel lists the addresses it bound; an in-process test server binds none.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0 || addresses.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return string.Format(System.Globalization.CultureInfo.InvariantCulture, NoTlsMessage, string.Join(", ", addresses));
    }
}
