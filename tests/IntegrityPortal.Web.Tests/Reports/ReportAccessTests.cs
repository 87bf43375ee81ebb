using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>Who may see which force's reports: a wrong role is refused (403); a force outside the user's reach is not found (404).</summary>
public class ReportAccessTests
{
    private const string Period = ProgressReportFiguresTests.HmicPeriod;

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("psd.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("procurement.cumbria")]
    [InlineData("admin.cumbria")]
    public async Task RolesThatReadNoReports_AreRefusedEveryReportPage(string user)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, user);

        foreach (var url in new[] { "/Reports", $"/Reports/cumbria/Progress?{Period}", $"/Reports/cumbria/Progress?handler=Csv&{Period}",
                     $"/Reports/cumbria/Progress?handler=Excel&{Period}", $"/Reports/National?{Period}", $"/Reports/National?handler=Csv&{Period}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.DoesNotContain("Governance reports", await client.NavigationItemsAsync());
    }

    [Theory]
    [InlineData("pcc.cumbria")]
    [InlineData("head-of-psd.cumbria")]
    [InlineData("dcc.cumbria")]
    public async Task ForceRoles_AreRefusedTheNationalComparison_AndGetNotFoundForAnotherForce(string user)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Reports/National?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Reports/National?handler=Excel&{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reports/cumbria/Progress?{Period}")).StatusCode);
        foreach (var url in new[] { $"/Reports/thames-valley/Progress?{Period}", $"/Reports/thames-valley/Progress?handler=Csv&{Period}",
                     $"/Reports/thames-valley/Progress?handler=Excel&{Period}", $"/Reports/no-such-force/Progress?{Period}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        var index = await client.GetPageAsync("/Reports");
        Assert.Equal(["cumbria"], index.QuerySelectorAll("#forces tr[data-force]").Select(r => r.GetAttribute("data-force")));
        Assert.Contains("Governance reports", await client.NavigationItemsAsync());
        Assert.DoesNotContain("National comparison", await client.NavigationItemsAsync());
    }

    [Fact]
    public async Task TheAlliancesHeadOfPsd_SeesBothAllianceForces_ItsDccAndPccOnlyTheirOwn()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.warwickshire");
        var dcc = await PortalClient.SignInAsync(factory, "dcc.warwickshire");
        var pcc = await PortalClient.SignInAsync(factory, "pcc.west-mercia");

        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/Reports/west-mercia/Progress?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/Reports/warwickshire/Progress?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/Reports/cumbria/Progress?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync($"/Reports/west-mercia/Progress?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pcc.GetAsync($"/Reports/warwickshire/Progress?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pcc.GetAsync($"/Reports/west-mercia/Progress?{Period}")).StatusCode);
    }

    [Theory]
    [InlineData("inspector")]
    [InlineData("admin")]
    public async Task TheInspectorAndTheNationalAdministrator_SeeEveryForce_AndTheComparison(string user)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, user);

        foreach (var force in new[] { "dyfed-powys", "cumbria", "avon-and-somerset", "thames-valley", "warwickshire", "west-mercia" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reports/{force}/Progress?{Period}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reports/National?{Period}")).StatusCode);
        Assert.Equal(6, (await client.GetPageAsync("/Reports")).QuerySelectorAll("#forces tr[data-force]").Length);
        Assert.Contains("National comparison", await client.NavigationItemsAsync());
    }
}
