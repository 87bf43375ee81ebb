using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>The "RateLimits" settings section. Each limit is a number of requests per window.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Sign-in posts (password, code, recovery code) from one client address.</summary>
    public int SignInPerAddress { get; set; } = 60;

    /// <summary>Sign-in posts naming one account, from anywhere.</summary>
    public int SignInPerAccount { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 300;

    /// <summary>Requests of one signed-in user.</summary>
    public int RequestsPerUser { get; set; } = 600;

    public int UserWindowSeconds { get; set; } = 60;
}

/// <summary>
/// ASP.NET Core's rate limiter: sign-in per client address and per account name, and every
/// request per signed-in user. Over a limit the answer is 429 with a Retry-After header; the
/// status code page shows the GOV.UK page. The counts are kept by each web node, so with
/// several nodes a client may make up to that many times the limit: the lockout, kept in the
/// database, is the limit that holds across nodes (docs/decisions/0024-rate-limits.md).
/// </summary>
public static class RateLimits
{
    public const string SignInPolicy = "sign-in";

    public static void AddPortalRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<SignInAccountLimiter>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                SetRetryAfter(context.HttpContext.Response, context.Lease);
                return ValueTask.CompletedTask; // No body: the status code page re-executes and shows the page.
            };

            // Every request of a signed-in user. The error pages are exempt, so the 429 page itself can be shown.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId && !context.Request.Path.StartsWithSegments("/Errors")
                    ? RateLimitPartition.GetFixedWindowLimiter("user:" + userId, _ => Window(settings.RequestsPerUser, settings.UserWindowSeconds))
                    : RateLimitPartition.GetNoLimiter(string.Empty));

            // Sign-in posts per client address. Behind the reverse proxy (ReverseProxy:Enabled) the
            // address is the one the proxy appended to X-Forwarded-For (ForwardLimit 1), not one
            // a client wrote into the header itself.
            options.AddPolicy(SignInPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => Window(settings.SignInPerAddress, settings.SignInWindowSeconds))
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
    }

    public static void SetRetryAfter(HttpResponse response, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, int seconds) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromSeconds(Math.Max(1, seconds)),
        QueueLimit = 0,
    };
}

/// <summary>
/// Sign-in attempts per account name, whatever the address. The name is in the form, which
/// the middleware does not read, so the sign-in pages ask this limiter themselves.
/// </summary>
public sealed class SignInAccountLimiter(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => RateLimits.Window(settings.SignInPerAccount, settings.SignInWindowSeconds)));

    /// <summary>A lease for one attempt on the account; not acquired when over the limit.</summary>
    public RateLimitLease Acquire(string userName) => limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());

    public void Dispose() => limiter.Dispose();
}
