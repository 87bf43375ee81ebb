using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Audit;

/// <summary>
/// An alliance PSD's searches are recorded in the trail of each alliance force, never without a
/// force, so each force's audit page and the national read-only view show them.
/// </summary>
public class AllianceSearchAuditTests
{
    [Theory]
    [InlineData("/Gifts/Register", "GiftRegister")]
    [InlineData("/Investigations", "InvestigationList")]
    [InlineData("/Investigations/Leaks", "SuspectedLeakList")]
    [InlineData("/BusinessInterests/Psd", "BusinessInterestList")]
    public async Task AlliancePsdSearch_IsRecordedForEachAllianceForce_AndShownNationally(string url, string entityType)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.Equal(HttpStatusCode.OK, (await psd.GetAsync(url)).StatusCode);
        var warwickshire = await factory.ForceIdAsync("warwickshire");
        var westMercia = await factory.ForceIdAsync("west-mercia");

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var searches = await db.AuditEvents.Where(e => e.EntityType == entityType && e.UserName == "psd.warwickshire").ToListAsync();
            Assert.NotEmpty(searches);
            Assert.DoesNotContain(searches, e => e.RecordForceId is null);
            Assert.Contains(searches, e => e.RecordForceId == warwickshire);
            Assert.Contains(searches, e => e.RecordForceId == westMercia);
        }

        foreach (var national in new[] { "admin", "inspector" })
        {
            var client = await PortalClient.SignInAsync(factory, national);
            var page = await client.GetPageAsync($"/Audit?Filter.ForceId={westMercia}&Filter.Action=Read");
            Assert.Contains(page.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains(entityType));
            Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        }
    }
}
