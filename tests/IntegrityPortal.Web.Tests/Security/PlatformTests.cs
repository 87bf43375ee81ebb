using System.Net;
using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Security;

public class PlatformTests
{
    [Fact]
    public async Task Health_Anonymous_ReportsHealthyWithTheDatabase()
    {
        await using var factory = await PortalFactory.CreateAsync();

        var response = await PortalClient.Anonymous(factory).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownAddress_ShowsFriendlyNotFoundPage()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_WrongRole_ShowsFriendlyForbiddenPage()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var response = await client.GetAsync("/Audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("You do not have access to this page", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task UnhandledException_ShowsFriendlyErrorPageWithoutDetails()
    {
        await using var factory = await PortalFactory.CreateAsync();
        using var throwing = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddSingleton<IStartupFilter>(new ThrowingEndpoint())));
        var client = await PortalClient.SignInAsync(throwing, "officer.cumbria");

        var response = await client.GetAsync("/test/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Sorry, there is a problem with the service", html);
        Assert.DoesNotContain("secret detail", html);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        await using var factory = await PortalFactory.CreateAsync();

        var response = await PortalClient.Anonymous(factory).GetAsync("/Account/SignIn");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    /// <summary>Adds, for this test only, an endpoint that fails the way a bug would.</summary>
    private sealed class ThrowingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/throw", branch => branch.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}
