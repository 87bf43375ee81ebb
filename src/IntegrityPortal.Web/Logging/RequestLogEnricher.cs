using System.Security.Claims;
using Serilog;

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
}
