using System.Security.Claims;
using System.Security.Cryptography;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Server-side sessions (ADR: server-side sessions). The sign-in cookie carries the key of a
/// <see cref="UserSession"/> row, and every request is served only while that row is open, its
/// account is enabled and it is within the idle and absolute limits. The row lives in the
/// database, so every web node gives the same answer the moment a session ends: signing out,
/// ending it from another session, or disabling the account. No cache: one indexed lookup per
/// request is cheap, and a cache would let a copied cookie work on another node after sign-out.
/// </summary>
public static class ServerSessions
{
    /// <summary>The cookie's item that names its session, and the request item that holds it once checked.</summary>
    public const string KeyItem = "portal:session";

    public static void AddServerSideSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SessionStore>();
        builder.Services.Configure<SessionLimits>(o =>
        {
            o.Idle = TimeSpan.FromMinutes(builder.Configuration.GetValue("Session:IdleMinutes", 20));
            o.Absolute = TimeSpan.FromHours(builder.Configuration.GetValue("Session:AbsoluteHours", 8.0));
        });

        // Wraps the cookie events set in IdentitySetup: the session is checked first (one
        // lookup), before the absolute lifetime and the security stamp.
        builder.Services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var signingIn = options.Events.OnSigningIn;
            var validate = options.Events.OnValidatePrincipal;
            var signingOut = options.Events.OnSigningOut;

            options.Events.OnSigningIn = async context =>
            {
                await signingIn(context);
                // A refreshed sign-in (own roles changed) keeps its session; a new one starts one.
                if (!context.Properties.Items.ContainsKey(KeyItem)
                    && context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                {
                    var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
                    context.Properties.Items[KeyItem] = await store.StartAsync(userId, context.HttpContext.Request.Headers.UserAgent.ToString());
                }

                if (context.Properties.Items.TryGetValue(KeyItem, out var key))
                {
                    context.HttpContext.Items[KeyItem] = key;
                }
            };

            options.Events.OnValidatePrincipal = async context =>
            {
                var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
                var key = context.Properties.Items.TryGetValue(KeyItem, out var value) ? value : null;
                var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
                if (key is null || userId is null || !await store.IsOpenAsync(key, userId))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                context.HttpContext.Items[KeyItem] = key;
                await validate(context);
            };

            options.Events.OnSigningOut = async context =>
            {
                if (context.HttpContext.Items[KeyItem] is string key)
                {
                    await context.HttpContext.RequestServices.GetRequiredService<SessionStore>().EndAsync(key, SessionStore.SignedOut);
                }

                await signingOut(context);
            };
        });
    }

    /// <summary>The key of the request's own session, once the cookie has been checked.</summary>
    public static string? CurrentKey(this HttpContext context) => context.Items[KeyItem] as string;
}

public sealed class SessionLimits
{
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(20);
    public TimeSpan Absolute { get; set; } = TimeSpan.FromHours(8);
}

/// <summary>Reads and writes <see cref="UserSession"/> rows with set-based statements, outside the change tracker.</summary>
public sealed class SessionStore(IntegrityDbContext db, Microsoft.Extensions.Options.IOptions<SessionLimits> limits)
{
    public const string SignedOut = "Signed out";
    public const string EndedByUser = "Ended from another session";
    /// <summary>The account was disabled, or its person marked as having left.</summary>
    public const string AccountDisabled = "Account disabled";
    public const string PasswordChanged = "Password changed";
    public const string Expired = "Expired";

    /// <summary>How often use updates the last-seen time: a write a minute, not a write a request.</summary>
    public static readonly TimeSpan LastSeenInterval = TimeSpan.FromMinutes(1);

    private DateTime Now => db.Clock.GetUtcNow().UtcDateTime;

    public async Task<string> StartAsync(string userId, string userAgent)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        db.UserSessions.Add(new UserSession
        {
            Key = key,
            UserId = userId,
            StartedUtc = Now,
            LastSeenUtc = Now,
            Browser = BrowserSummary.Of(userAgent),
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>
    /// Whether the session is open for this user: not ended, account enabled (and its person, if
    /// any, still active), within the idle and absolute limits. A session found past a limit, or
    /// of a closed account, is ended.
    /// </summary>
    public async Task<bool> IsOpenAsync(string key, string userId)
    {
        // Before the cookie is accepted nobody is in scope, so the account's own person is read
        // past the force filter (as PortalSignInManager does): one flag, for someone who left.
        var session = await db.UserSessions.AsNoTracking().IgnoreQueryFilters()
            .Where(s => s.Key == key)
            .Select(s => new
            {
                s.Id, s.UserId, s.StartedUtc, s.LastSeenUtc, s.EndedUtc,
                Closed = s.User!.IsDisabled || (s.User.PersonId != null && !s.User.Person!.IsActive),
            })
            .SingleOrDefaultAsync();
        if (session is null || session.UserId != userId || session.EndedUtc is not null)
        {
            return false;
        }

        var now = Now;
        if (session.Closed || now - session.LastSeenUtc > limits.Value.Idle || now - session.StartedUtc > limits.Value.Absolute)
        {
            await EndWhereAsync(s => s.Id == session.Id, session.Closed ? AccountDisabled : Expired);
            return false;
        }

        if (now - session.LastSeenUtc >= LastSeenInterval)
        {
            await db.UserSessions.Where(s => s.Id == session.Id && s.EndedUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now));
        }

        return true;
    }

    /// <summary>The user's open sessions, newest first.</summary>
    public Task<List<UserSession>> OpenSessionsAsync(string userId, CancellationToken ct)
    {
        var idleSince = Now - limits.Value.Idle;
        var startedSince = Now - limits.Value.Absolute;
        return db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedUtc == null && s.LastSeenUtc >= idleSince && s.StartedUtc >= startedSince)
            .OrderByDescending(s => s.LastSeenUtc).ThenByDescending(s => s.Id)
            .ToListAsync(ct);
    }

    public Task<int> EndAsync(string key, string reason) => EndWhereAsync(s => s.Key == key, reason);

    /// <summary>Ends one of the user's sessions by its id; 0 if the user has no such open session.</summary>
    public Task<int> EndOneAsync(string userId, long id, string reason) => EndWhereAsync(s => s.UserId == userId && s.Id == id, reason);

    /// <summary>Ends every open session of the user except <paramref name="exceptKey"/> (the current one, if any).</summary>
    public Task<int> EndAllAsync(string userId, string? exceptKey, string reason) =>
        EndWhereAsync(s => s.UserId == userId && s.Key != exceptKey, reason);

    private Task<int> EndWhereAsync(System.Linq.Expressions.Expression<Func<UserSession, bool>> which, string reason)
    {
        var now = Now;
        return db.UserSessions.Where(which).Where(s => s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndedReason, reason));
    }
}

/// <summary>
/// "Firefox on Windows": enough for a user to recognise their own sessions, without keeping the
/// user agent string (which, with other data, can single a person out).
/// </summary>
public static class BrowserSummary
{
    public static string Of(string? userAgent)
    {
        var ua = userAgent ?? string.Empty;
        var browser = ua switch
        {
            _ when ua.Contains("Edg/", StringComparison.Ordinal) => "Edge",
            _ when ua.Contains("Firefox/", StringComparison.Ordinal) => "Firefox",
            _ when ua.Contains("Chrome/", StringComparison.Ordinal) || ua.Contains("Chromium/", StringComparison.Ordinal) => "Chrome",
            _ when ua.Contains("Safari/", StringComparison.Ordinal) => "Safari",
            _ => "Unknown browser",
        };
        var system = ua switch
        {
            _ when ua.Contains("Android", StringComparison.Ordinal) => "Android",
            _ when ua.Contains("iPhone", StringComparison.Ordinal) || ua.Contains("iPad", StringComparison.Ordinal) => "iOS",
            _ when ua.Contains("Windows", StringComparison.Ordinal) => "Windows",
            _ when ua.Contains("Mac OS X", StringComparison.Ordinal) => "macOS",
            _ when ua.Contains("Linux", StringComparison.Ordinal) => "Linux",
            _ => null,
        };
        return system is null ? browser : $"{browser} on {system}";
    }
}
