using System.Net;
using System.Text.RegularExpressions;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Security;

/// <summary>
/// No input reaches a 500 page: an empty form posted to every page that exists, by a user the
/// page admits and with a valid antiforgery token, is answered without a server error (a page
/// with no POST handler would otherwise render without its data).
/// </summary>
public partial class StrayPostTests
{
    private static readonly Dictionary<string, string> UserForPolicy = new()
    {
        [Policies.SignedIn] = "officer.cumbria",
        [Policies.Declarant] = "officer.cumbria",
        [Policies.LineManager] = "manager.cumbria",
        [Policies.Psd] = "psd.cumbria",
        [Policies.AuditTrail] = "inspector",
        [Policies.Administration] = "admin.cumbria",
        [Policies.HeadOfPsd] = "head-of-psd.cumbria",
        [Policies.MediaOffice] = "press-office.cumbria",
        [Policies.MediaOfficeOrPsd] = "press-office.cumbria",
        [Policies.InterestDecisions] = "head-of-psd.cumbria",
        [Policies.Reports] = "pcc.cumbria",
        [Policies.NationalReports] = "inspector",
        [Policies.IntegrityBoard] = "dcc.cumbria",
        [Policies.Procurement] = "procurement.cumbria",
        [Policies.ProcurementOrPsd] = "procurement.cumbria",
        [Policies.PolicyOwner] = "psd.cumbria",
        [Policies.TrainingRecorder] = "psd.cumbria",
        [Policies.SelfAssessmentReader] = "head-of-psd.cumbria",
        [Policies.SelfAssessmentWriter] = "head-of-psd.cumbria",
        [Policies.CrossCheckMeetingRecorder] = "procurement.cumbria",
    };

    [Fact]
    public async Task EmptyPostToEveryPage_ByAnAdmittedUser_IsNeverAServerError()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .ToList();
        var clients = new Dictionary<string, PortalClient>();
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var policy = page.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault();
            var user = page.Metadata.GetMetadata<IAllowAnonymous>() is not null ? "(anonymous)" : UserForPolicy[policy!];
            if (!clients.TryGetValue(user, out var client))
            {
                client = user == "(anonymous)" ? PortalClient.Anonymous(factory) : await PortalClient.SignInAsync(factory, user);
                clients[user] = client;
            }

            var url = "/" + RouteParameter().Replace(page.RoutePattern.RawText!, m => m.Value.Contains("forceCode") ? "thames-valley" : m.Value == "{force}" ? "cumbria" : "1");
            var response = await client.PostFormAsync(url, new());
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"POST {url} as {user}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
