using System.Net;
using System.Text.RegularExpressions;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Security;

/// <summary>
/// For every page that exists, every role its policy does not admit is refused with 403,
/// for GET and POST. Pages are found from the app's endpoints, so a new page is covered the
/// moment it is added.
/// </summary>
public partial class PageAccessMatrixTests
{
    // Inspectors exist only nationally; every other role has a demo account in each force.
    private static string DemoAccountFor(string role) => role == Roles.Inspector ? "inspector" : $"{role}.cumbria";

    [Fact]
    public async Task EveryPage_RefusesEveryRoleItsPolicyDoesNotAdmit()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var policies = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();

        var expectations = new List<(string Url, string Role)>();
        foreach (var page in pages)
        {
            var allowed = new HashSet<string>();
            var anyRole = true;
            foreach (var data in page.Metadata.GetOrderedMetadata<IAuthorizeData>())
            {
                var policy = await policies.GetPolicyAsync(data.Policy!) ?? throw new InvalidOperationException($"Unknown policy {data.Policy}");
                foreach (var roles in policy.Requirements.OfType<RolesAuthorizationRequirement>())
                {
                    anyRole = false;
                    allowed.UnionWith(roles.AllowedRoles);
                }
            }

            if (anyRole)
            {
                continue;
            }

            var url = "/" + RouteParameter().Replace(page.RoutePattern.RawText!, "1");
            expectations.AddRange(Roles.All.Where(r => !allowed.Contains(r)).Select(r => (url, r)));
        }

        Assert.NotEmpty(expectations);
        var failures = new List<string>();
        foreach (var role in expectations.Select(e => e.Role).Distinct())
        {
            var client = await PortalClient.SignInAsync(factory, DemoAccountFor(role));
            foreach (var (url, _) in expectations.Where(e => e.Role == role))
            {
                var get = await client.GetAsync(url);
                var post = await client.PostFormAsync(url, new() { ["Input.Version"] = "0" });
                if (get.StatusCode != HttpStatusCode.Forbidden || post.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{role} on {url}: GET {(int)get.StatusCode}, POST {(int)post.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
