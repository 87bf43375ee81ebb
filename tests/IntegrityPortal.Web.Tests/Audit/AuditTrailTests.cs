using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Audit;

public class AuditTrailTests
{
    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("procurement.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("admin.cumbria")]
    public async Task Get_NonPsdRole_ReturnsForbidden(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Audit")).StatusCode);
    }

    [Fact]
    public async Task Get_PsdOfOtherForce_DoesNotSeeTheChange()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await ChangeSettingsAsync(factory, "thames-valley", "TVP Professional Standards");

        var cumbriaPsd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await cumbriaPsd.GetPageAsync($"/Audit?Filter.EntityType=ForceSettings&Filter.EntityId={thamesValley}");

        Assert.Equal("0 events", page.QuerySelector("#result-count")!.TextContent);
    }

    [Fact]
    public async Task Get_PsdOfTheForce_SeesWhoChangedWhat()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await ChangeSettingsAsync(factory, "thames-valley", "TVP Professional Standards");

        var psd = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        var page = await psd.GetPageAsync($"/Audit?Filter.EntityType=ForceSettings&Filter.Action=Changed");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("admin.thames-valley", row.TextContent);
        Assert.Contains("TVP Professional Standards", row.TextContent);
        Assert.Contains($"ForceSettings {thamesValley}", row.TextContent);
    }

    [Fact]
    public async Task Get_AlliancePsd_SeesChangesInEitherAllianceForce()
    {
        await using var factory = await PortalFactory.CreateAsync();
        await ChangeSettingsAsync(factory, "west-mercia", "Alliance PSD (West Mercia)");

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var page = await psd.GetPageAsync("/Audit?Filter.EntityType=ForceSettings&Filter.Action=Changed");

        Assert.Contains("Alliance PSD (West Mercia)", Assert.Single(page.QuerySelectorAll("tbody tr")).TextContent);
    }

    [Fact]
    public async Task Get_ListIsPagedNewestFirst()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var first = await psd.GetPageAsync("/Audit");
        var second = await psd.GetPageAsync("/Audit?pageNumber=2");

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        Assert.NotEmpty(second.QuerySelectorAll("tbody tr"));
    }

    [Theory]
    [InlineData("Filter.From=not-a-date", "Filter_From")]
    [InlineData("Filter.From=2026-11-20&Filter.To=2026-11-01", "Filter_To")]
    [InlineData("Filter.Action=Obliterated", "Filter_Action")]
    [InlineData("Filter.ForceId=abc", "Filter_ForceId")]
    public async Task Get_BadFilter_ShowsMessageBesideTheField(string query, string field)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");

        var page = await psd.GetPageAsync($"/Audit?{query}");

        Assert.NotNull(page.FieldError(field));
        Assert.NotEmpty(page.ErrorSummary());
        Assert.Null(page.QuerySelector("#result-count"));
    }

    private static async Task<int> ChangeSettingsAsync(PortalFactory factory, string forceCode, string name)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var forceId = await db.Forces.Where(f => f.Code == forceCode).Select(f => f.Id).SingleAsync();
        var admin = await PortalClient.SignInAsync(factory, $"admin.{forceCode}");
        var response = await admin.PostFormAsync($"/Admin/Forces/Settings/{forceId}", new() { ["Input.ProfessionalStandardsName"] = name, ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return forceId;
    }
}
