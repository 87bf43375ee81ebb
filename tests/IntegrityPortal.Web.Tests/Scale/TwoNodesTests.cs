using System.Net;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// Two web nodes over one database, as behind a load balancer without sticky sessions: two
/// hosts of the app, each with its own DI container, in-process caches and data-protection key
/// ring in memory, over the same SQLite file. A browser's requests go to either node. What
/// must hold across nodes lives in the database: the data-protection keys (cookies, antiforgery
/// tokens, TempData) and the server-side sessions.
/// </summary>
public class TwoNodesTests
{
    private const string SessionCookie = "IntegrityPortal.Session";

    /// <summary>One browser's client on a node: the browser's cookies are shared by all its clients.</summary>
    private static PortalClient On(PortalFactory node, CookieContainer browser) =>
        new(node.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(browser)));

    private static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/SignIn", StringComparison.Ordinal);

    [Fact]
    public async Task SignInOnA_FormFromAPostedToB_AndSignOutOnA_EndsTheSessionOnB()
    {
        var database = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var nodeA = new PortalFactory(database);
        await using var nodeB = new PortalFactory(database);
        Assert.NotSame(nodeA.Services, nodeB.Services);

        var browser = new CookieContainer();
        var onA = On(nodeA, browser);
        var onB = On(nodeB, browser);

        // Signed in on A: the session cookie A issued is accepted by B.
        var signIn = await onA.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "psd.cumbria", ["Input.Password"] = DemoDataSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.False(IsSignInRedirect(signIn));
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/Audit")).StatusCode);

        // The same person in a second browser, on B: a session to end from the first browser.
        var laptop = new CookieContainer();
        var laptopOnB = On(nodeB, laptop);
        Assert.Equal(HttpStatusCode.Redirect, (await laptopOnB.PostFormAsync("/Account/SignIn",
            new() { ["Input.UserName"] = "psd.cumbria", ["Input.Password"] = DemoDataSeeder.Password })).StatusCode);

        // The form is read on A (its antiforgery token made with A's key ring) and posted to B.
        var form = await onA.GetPageAsync("/Account/Sessions");
        var end = form.QuerySelector("#sessions form[method=post]")!;
        var token = end.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await onB.Http.PostAsync(end.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/Account/Sessions", posted.Headers.Location!.OriginalString);
        Assert.True(IsSignInRedirect(await laptopOnB.GetAsync("/Audit")), "The session ended through node B still works.");
        // B's confirmation (TempData, protected with the shared keys) is shown by A.
        Assert.Contains("has been signed out", (await onA.GetPageAsync("/Account/Sessions")).QuerySelector("#confirmation")!.TextContent);

        // Signing out on A ends the session on B: for this browser, and for a copy of its cookie.
        var copied = browser.GetCookies(new Uri("https://localhost")).Single(c => c.Name == SessionCookie);
        var signOut = await onA.PostFormAsync("/", [], "/Account/SignOut");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.True(IsSignInRedirect(await onB.GetAsync("/Audit")), "After signing out on A, node B still served the browser.");
        var replay = new CookieContainer();
        replay.Add(new Uri("https://localhost"), new Cookie(copied.Name, copied.Value, "/"));
        Assert.True(IsSignInRedirect(await On(nodeB, replay).GetAsync("/Audit")), "After signing out on A, node B still accepted a copy of the cookie.");

        await using var db = TestDatabase.OpenAsSystem(database);
        var sessions = await db.UserSessions.Where(s => s.User!.UserName == "psd.cumbria").OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([SessionStore.SignedOut, SessionStore.EndedByUser], sessions.Select(s => s.EndedReason));
        // Both nodes protected with one key: neither made its own.
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }
}
