using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>Who may open the dashboard and the board, and for which force (ReportAccess).</summary>
public class DashboardAccessTests
{
    public static readonly TheoryData<string> Pages = ["Dashboard", "Board"];

    [Fact]
    public async Task Dashboard_OpensForThePcc_ChiefOfficers_InspectorAndNationalAdministrator_AndRefusesEveryOtherRole()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var failures = new List<string>();
        foreach (var (user, expected) in new[]
        {
            ("pcc.cumbria", HttpStatusCode.OK), ("dcc.cumbria", HttpStatusCode.OK), ("head-of-psd.cumbria", HttpStatusCode.OK),
            ("inspector", HttpStatusCode.OK), ("admin", HttpStatusCode.OK),
            ("officer.cumbria", HttpStatusCode.Forbidden), ("staff.cumbria", HttpStatusCode.Forbidden), ("manager.cumbria", HttpStatusCode.Forbidden),
            ("psd.cumbria", HttpStatusCode.Forbidden), ("press-office.cumbria", HttpStatusCode.Forbidden), ("procurement.cumbria", HttpStatusCode.Forbidden),
            ("admin.cumbria", HttpStatusCode.Forbidden),
        })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            var status = (await client.GetAsync("/Reports/cumbria/Dashboard")).StatusCode;
            if (status != expected)
            {
                failures.Add($"{user}: {(int)status}, expected {(int)expected}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Board_OpensForTheChiefOfficerTeam_InspectorAndNationalAdministrator_AndRefusesEveryOtherRole()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var failures = new List<string>();
        foreach (var (user, expected) in new[]
        {
            ("dcc.cumbria", HttpStatusCode.OK), ("head-of-psd.cumbria", HttpStatusCode.OK), ("inspector", HttpStatusCode.OK), ("admin", HttpStatusCode.OK),
            ("pcc.cumbria", HttpStatusCode.Forbidden), ("officer.cumbria", HttpStatusCode.Forbidden), ("manager.cumbria", HttpStatusCode.Forbidden),
            ("psd.cumbria", HttpStatusCode.Forbidden), ("press-office.cumbria", HttpStatusCode.Forbidden), ("procurement.cumbria", HttpStatusCode.Forbidden),
            ("admin.cumbria", HttpStatusCode.Forbidden),
        })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            var status = (await client.GetAsync("/Reports/cumbria/Board")).StatusCode;
            if (status != expected)
            {
                failures.Add($"{user}: {(int)status}, expected {(int)expected}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AnotherForce_IsNotFound_ForTheRightRoleOfThisForce(string page)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var users = page == "Board" ? new[] { "dcc.cumbria", "head-of-psd.cumbria" } : ["pcc.cumbria", "dcc.cumbria", "head-of-psd.cumbria"];
        foreach (var user in users)
        {
            var client = await PortalClient.SignInAsync(factory, user);

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/thames-valley/{page}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Reports/no-such-force/{page}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Reports/cumbria/{page}")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Alliance_HeadOfPsdSeesBothForces_EachPccAndDccOnlyTheirOwn(string page)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var headOfPsd = await PortalClient.SignInAsync(factory, "head-of-psd.warwickshire");
        var dcc = await PortalClient.SignInAsync(factory, "dcc.warwickshire");

        Assert.Equal(HttpStatusCode.OK, (await headOfPsd.GetAsync($"/Reports/west-mercia/{page}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync($"/Reports/west-mercia/{page}")).StatusCode);
        if (page == "Dashboard")
        {
            var pcc = await PortalClient.SignInAsync(factory, "pcc.warwickshire");
            Assert.Equal(HttpStatusCode.OK, (await pcc.GetAsync("/Reports/warwickshire/Dashboard")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await pcc.GetAsync("/Reports/west-mercia/Dashboard")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Inspector_SeesEveryForce(string page)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var inspector = await PortalClient.SignInAsync(factory, "inspector");

        foreach (var force in new[] { "dyfed-powys", "cumbria", "avon-and-somerset", "thames-valley", "warwickshire", "west-mercia" })
        {
            Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/Reports/{force}/{page}")).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Post_IsRefused_ThePagesAreReadOnly(string page)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var dcc = await PortalClient.SignInAsync(factory, "dcc.cumbria");

        var response = await dcc.PostFormAsync($"/Reports/cumbria/{page}", new() { ["anything"] = "1" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
