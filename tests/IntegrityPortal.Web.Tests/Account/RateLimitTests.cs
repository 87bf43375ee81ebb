using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>
/// ASP.NET Core's rate limiter on sign-in (per client address and per account name) and on
/// every request of a signed-in user. The suite's other tests run with the limits raised
/// (<see cref="PortalFactory.TestDefaults"/>); these lower them to reach them.
/// </summary>
public class RateLimitTests
{
    private static Dictionary<string, string?> Limits(int perAddress = 100_000, int perAccount = 100_000, int perUser = 100_000) => new()
    {
        ["RateLimits:SignInPerAddress"] = perAddress.ToString(),
        ["RateLimits:SignInPerAccount"] = perAccount.ToString(),
        ["RateLimits:RequestsPerUser"] = perUser.ToString(),
    };

    [Fact]
    public async Task SignInPostsFromOneAddress_OverTheLimit_Get429WithRetryAfterAndTheGovUkPage()
    {
        await using var factory = await PortalFactory.CreateWithSettingsAsync(Limits(perAddress: 3), withGifts: false);
        var client = PortalClient.Anonymous(factory);
        var token = await SignInForms.TokenAsync(client);
        var names = new[] { "officer.cumbria", "staff.cumbria", "manager.cumbria" };
        foreach (var name in names)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInForms.PostWithTokenAsync(client, token, name, "not-the-password")).StatusCode);
        }

        var refused = await SignInForms.PostWithTokenAsync(client, token, "psd.cumbria", "not-the-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) > 0);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal("Too many requests", page.QuerySelector("h1.govuk-heading-l")!.TextContent);
        Assert.NotNull(page.QuerySelector("link[href*='portal.min.css']"));
        // The sign-in page itself still opens: only posts are counted.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/SignIn")).StatusCode);
    }

    [Fact]
    public async Task SignInPostsNamingOneAccount_OverTheLimit_Get429_WhileOtherAccountsStillSignIn()
    {
        await using var factory = await PortalFactory.CreateWithSettingsAsync(Limits(perAccount: 2), withGifts: false);
        var client = PortalClient.Anonymous(factory);
        var token = await SignInForms.TokenAsync(client);
        await SignInForms.PostWithTokenAsync(client, token, "psd.cumbria", "not-the-password");
        await SignInForms.PostWithTokenAsync(client, token, "PSD.Cumbria ", "not-the-password");

        var refused = await SignInForms.PostWithTokenAsync(client, token, "psd.cumbria", "not-the-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForms.PostAsync(PortalClient.Anonymous(factory), "officer.cumbria")).StatusCode);
    }

    [Fact]
    public async Task RequestsOfOneSignedInUser_OverTheLimit_Get429()
    {
        await using var factory = await PortalFactory.CreateWithSettingsAsync(Limits(perUser: 5), withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var other = await PortalClient.SignInAsync(factory, "staff.cumbria");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await officer.GetAsync("/")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/")).StatusCode);
    }
}
