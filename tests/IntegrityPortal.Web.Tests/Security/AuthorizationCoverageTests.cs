using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Security;

/// <summary>
/// Every page (and so every handler on it) must carry an explicit authorization decision:
/// a named policy or an explicit anonymous allowance. The fallback policy is a safety net,
/// not a decision: a page relying on it alone fails here.
/// </summary>
public class AuthorizationCoverageTests
{
    [Fact]
    public async Task EveryPage_HasAnExplicitAuthorizationDecision()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .ToList();

        Assert.NotEmpty(endpoints);
        var undecided = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(undecided);
    }

    [Fact]
    public async Task OnlySignInErrorAndPublicPages_AreOpenToAnonymousVisitors()
    {
        await using var factory = await PortalFactory.CreateAsync();

        var anonymous = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(["/About/Accessibility", "/About/Cookies", "/About/Help", "/About/Privacy", "/Account/SignIn", "/Account/TwoFactor/Code", "/Account/TwoFactor/Recovery", "/Errors/Index", "/Public/Gifts/Index", "/Public/Index"], anonymous);
    }
}
