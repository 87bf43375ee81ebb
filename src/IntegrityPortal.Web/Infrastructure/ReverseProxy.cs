using Microsoft.AspNetCore.HttpOverrides;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Behind a load balancer that ends TLS, the app sees plain HTTP; with
/// <c>ReverseProxy:Enabled</c> it trusts X-Forwarded-Proto/For so that secure cookies and
/// redirects work. Only enable it where the nodes are reachable solely through the proxy
/// (docs/deployment.md).
/// </summary>
public static class ReverseProxy
{
    public static void UseReverseProxyHeaders(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("ReverseProxy:Enabled"))
        {
            return;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
    }
}
