using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.About;

/// <summary>The footer's pages are real pages, read without signing in, and linked from every page.</summary>
public class FooterPagesTests
{
    [Theory]
    [InlineData("/privacy", "Privacy notice", "Part 3 of the Data Protection Act 2018")]
    [InlineData("/privacy", "Privacy notice", "chief constable")]
    [InlineData("/cookies", "Cookies", "IntegrityPortal.Antiforgery")]
    [InlineData("/help", "Help and contact", "IT service desk")]
    public async Task FooterPage_IsShownWithoutSigningIn(string path, string heading, string words)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var anonymous = PortalClient.Anonymous(factory);

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(words, page.Body!.TextContent.Replace('\n', ' '));
    }

    [Fact]
    public async Task CookiesPage_ListsEveryCookieThePortalSets()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = PortalClient.Anonymous(factory);
        var signIn = await client.GetAsync("/Account/SignIn");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var home = await officer.GetAsync("/");

        var names = signIn.Headers.Concat(home.Headers)
            .Where(h => h.Key == "Set-Cookie").SelectMany(h => h.Value)
            .Select(c => c.Split('=')[0]).Distinct().ToList();
        var cookies = await client.GetPageAsync("/cookies");
        var listed = cookies.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name, listed));
        Assert.Contains("IntegrityPortal.Session", listed);
    }

    [Fact]
    public async Task EveryPage_HasTheFooterLinks_AndThePhaseBanner()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        foreach (var page in new[] { await officer.GetPageAsync("/"), await PortalClient.Anonymous(factory).GetPageAsync("/privacy") })
        {
            var links = page.QuerySelectorAll(".govuk-footer a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["/help", "/accessibility", "/privacy", "/cookies"], links);
            Assert.NotNull(page.QuerySelector(".govuk-phase-banner"));
        }
    }

    [Fact]
    public async Task Favicon_IsServed()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);

        var response = await PortalClient.Anonymous(factory).GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }
}
