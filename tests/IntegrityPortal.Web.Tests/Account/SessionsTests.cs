using System.Net;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>Server-side sessions: a session ends on the server, for every copy of its cookie, on every node.</summary>
public class SessionsTests
{
    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

    /// <summary>Signs in and returns the client and the session cookie it was given, as an attacker would copy it.</summary>
    private static async Task<(PortalClient Client, string Cookie)> SignInCapturingCookieAsync(WebApplicationFactory<Program> factory, string userName, string? userAgent = null)
    {
        var client = PortalClient.Anonymous(factory);
        if (userAgent is not null)
        {
            client.Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = DemoDataSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("IntegrityPortal.Session=", StringComparison.Ordinal));
        return (client, cookie[..cookie.IndexOf(';')]);
    }

    /// <summary>A client that sends only the copied cookie, keeping none of its own.</summary>
    private static HttpClient WithCopiedCookie(WebApplicationFactory<Program> factory, string cookie)
    {
        var thief = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie);
        return thief;
    }

    private static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/SignIn", StringComparison.Ordinal);

    [Fact]
    public async Task SignOut_ACopiedCookieStopsWorkingAtOnce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (client, cookie) = await SignInCapturingCookieAsync(factory, "psd.cumbria");
        using var thief = WithCopiedCookie(factory, cookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Audit")).StatusCode);

        var signOut = await client.PostFormAsync("/Account/SignOut", []);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.True(IsSignInRedirect(await thief.GetAsync("/Audit")));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var session = await db.UserSessions.SingleAsync(s => s.User!.UserName == "psd.cumbria");
        Assert.NotNull(session.EndedUtc);
        Assert.Equal(SessionStore.SignedOut, session.EndedReason);
    }

    [Fact]
    public async Task SessionsPage_ListsOwnSessions_AndEndsTheOthers()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (laptop, _) = await SignInCapturingCookieAsync(factory, "officer.cumbria");
        var (shared, sharedCookie) = await SignInCapturingCookieAsync(factory, "officer.cumbria", Firefox);
        await SignInCapturingCookieAsync(factory, "staff.cumbria");

        var page = await laptop.GetPageAsync("/Account/Sessions");

        var rows = page.QuerySelectorAll("#sessions tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Single(rows, r => r.TextContent.Contains("This session"));
        Assert.Single(rows, r => r.TextContent.Contains("Firefox on Windows"));
        Assert.Contains("See where you are signed in", (await laptop.GetPageAsync("/")).QuerySelector("#sessions-link")!.TextContent);

        var response = await laptop.PostFormAsync("/Account/Sessions", [], "/Account/Sessions?handler=EndOthers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(IsSignInRedirect(await shared.GetAsync("/")));
        using (var copy = WithCopiedCookie(factory, sharedCookie))
        {
            Assert.True(IsSignInRedirect(await copy.GetAsync("/")));
        }

        var after = await laptop.GetPageAsync("/Account/Sessions");
        Assert.Contains("1 other session has been signed out", after.QuerySelector("#confirmation")!.TextContent);
        Assert.Single(after.QuerySelectorAll("#sessions tbody tr"));
        Assert.NotNull(after.QuerySelector("#no-others"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.UserSessions.CountAsync(s => s.User!.UserName == "staff.cumbria" && s.EndedUtc == null));
    }

    [Fact]
    public async Task SessionsPage_EndsOneOtherSession_ButAnotherUsersSessionIsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (first, _) = await SignInCapturingCookieAsync(factory, "officer.cumbria");
        var (second, _) = await SignInCapturingCookieAsync(factory, "officer.cumbria", Firefox);
        var (someoneElse, _) = await SignInCapturingCookieAsync(factory, "manager.cumbria");
        long secondId, othersId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            secondId = await db.UserSessions.Where(s => s.User!.UserName == "officer.cumbria" && s.Browser == "Firefox on Windows").Select(s => s.Id).SingleAsync();
            othersId = await db.UserSessions.Where(s => s.User!.UserName == "manager.cumbria").Select(s => s.Id).SingleAsync();
        }

        var foreign = await first.PostFormAsync("/Account/Sessions", [], $"/Account/Sessions?handler=End&id={othersId}");
        var own = await first.PostFormAsync("/Account/Sessions", [], $"/Account/Sessions?handler=End&id={secondId}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.True(IsSignInRedirect(await second.GetAsync("/")));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task SessionsPage_Anonymous_IsSentToSignIn()
    {
        await using var factory = await PortalFactory.CreateAsync();

        Assert.True(IsSignInRedirect(await PortalClient.Anonymous(factory).GetAsync("/Account/Sessions")));
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessionsAtOnce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (officer, _) = await SignInCapturingCookieAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/Gifts/Declarations")).StatusCode);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        string id, stamp, person, name;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "officer.cumbria");
            (id, stamp, person, name) = (user.Id, user.ConcurrencyStamp!, user.PersonId!.Value.ToString(), user.DisplayName);
        }

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", new()
        {
            ["Input.DisplayName"] = name, ["Input.ForceId"] = (await factory.ForceIdAsync("cumbria")).ToString(),
            ["Input.Roles[0]"] = "officer", ["Input.PersonId"] = person, ["Input.IsDisabled"] = "true", ["Input.ConcurrencyStamp"] = stamp,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // No clock moved on: the security stamp's 5-minute revalidation has not come round.
        Assert.True(IsSignInRedirect(await officer.GetAsync("/Gifts/Declarations")));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(SessionStore.AccountDisabled, (await check.UserSessions.SingleAsync(s => s.UserId == id)).EndedReason);
    }

    [Fact]
    public async Task APersonWhoLeft_IsSignedOutOnTheirNextRequest()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (officer, _) = await SignInCapturingCookieAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/")).StatusCode);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var personId = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId).SingleAsync();
            (await db.People.SingleAsync(p => p.Id == personId)).IsActive = false;
            await db.SaveChangesAsync();
        }

        Assert.True(IsSignInRedirect(await officer.GetAsync("/")));
    }

    [Fact]
    public async Task LastSeen_IsUpdatedAtMostOnceAMinute_AndAnIdleSessionEndsOnTheServer()
    {
        var clock = new ShiftedClock();
        await using var factory = await PortalFactory.CreateAsync(clock);
        var (client, cookie) = await SignInCapturingCookieAsync(factory, "officer.cumbria");
        async Task<DateTime> LastSeenAsync()
        {
            await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
            return await db.UserSessions.Where(s => s.User!.UserName == "officer.cumbria").Select(s => s.LastSeenUtc).SingleAsync();
        }

        var started = await LastSeenAsync();
        await client.GetAsync("/");
        Assert.Equal(started, await LastSeenAsync());

        clock.Shift = TimeSpan.FromMinutes(2);
        await client.GetAsync("/");
        Assert.True(await LastSeenAsync() > started);

        // 21 idle minutes later the server refuses the session, whatever the cookie says.
        clock.Shift = TimeSpan.FromMinutes(23);
        using var copy = WithCopiedCookie(factory, cookie);
        Assert.True(IsSignInRedirect(await copy.GetAsync("/")));
    }
}
