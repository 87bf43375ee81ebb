using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace IntegrityPortal.Web.Logging;

/// <summary>
/// Adds to each request's log event what an operator needs to correlate it with the audit
/// trail, and nothing personal: the account's opaque id, never its name, and no query string
/// (filters can hold names).
/// </summary>
public static class RequestLogEnricher
{
    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
        diagnostics.Set("TraceId", context.TraceIdentifier);
    }

    /// <summary>
    /// One line per request at Information; none for static files (served before routing, so
    /// they have no endpoint), unless they fail; errors at Error.
    /// </summary>
    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? error)
    {
        if (error is not null || context.Response.StatusCode >= 500)
        {
            return LogEventLevel.Error;
        }

        return context.GetEndpoint() is null && context.Response.StatusCode < 400
            ? LogEventLevel.Verbose
            : LogEventLevel.Information;
    }
}
