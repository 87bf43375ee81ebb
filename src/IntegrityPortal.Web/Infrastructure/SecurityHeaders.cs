namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Response headers that every page carries. Scripts and styles come only from the portal
/// itself (no inline script), so the content security policy can be strict.
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // Pages show sensitive records: never keep them in a shared or back-button cache.
            if (!context.Request.Path.StartsWithSegments("/lib") && !context.Request.Path.StartsWithSegments("/js"))
            {
                // The same values antiforgery sets, so it does not warn about overriding them.
                headers.CacheControl = "no-cache, no-store";
                headers.Pragma = "no-cache";
            }

            await next();
        });
}
