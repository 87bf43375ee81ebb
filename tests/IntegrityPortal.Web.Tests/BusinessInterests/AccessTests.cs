using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// The pages whose policy is not a role (applicant, line manager) refuse users without a person
/// or without a team; the role-based pages are covered for every role by PageAccessMatrixTests.
/// </summary>
public class AccessTests
{
    [Theory]
    [InlineData("pcc.cumbria", "/BusinessInterests/Applications")]
    [InlineData("pcc.cumbria", "/BusinessInterests/Applications/Edit")]
    [InlineData("inspector", "/BusinessInterests/Applications")]
    [InlineData("officer.cumbria", "/BusinessInterests/Team")]
    [InlineData("staff.cumbria", "/BusinessInterests/Team/View/1")]
    [InlineData("officer.cumbria", "/BusinessInterests/Psd")]
    [InlineData("psd.cumbria", "/BusinessInterests/Decisions")]
    [InlineData("officer.cumbria", "/BusinessInterests/Decisions/Appeals")]
    public async Task WrongUser_IsRefused(string user, string url)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(url, new() { ["Input.Version"] = "0" })).StatusCode);
    }

    [Fact]
    public async Task ADraft_IsTheApplicantsAlone()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await InterestData.DraftAsync(db, "officer.cumbria")).Id;
        }

        foreach (var (user, url) in new[]
                 {
                     ("manager.cumbria", $"/BusinessInterests/Team/View/{id}"),
                     ("psd.cumbria", $"/BusinessInterests/Psd/Assess/{id}"),
                     ("psd.cumbria", $"/BusinessInterests/Psd/Review/{id}"),
                     ("head-of-psd.cumbria", $"/BusinessInterests/Decisions/Decide/{id}"),
                     ("dcc.cumbria", $"/BusinessInterests/Decisions/Appeal/{id}"),
                     ("staff.cumbria", $"/BusinessInterests/Applications/View/{id}"),
                 })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/BusinessInterests/Applications/View/{id}")).StatusCode);
    }

    [Fact]
    public async Task Navigation_ShowsEachRoleItsBusinessInterestPages()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        Assert.Contains("Business interests", await (await PortalClient.SignInAsync(factory, "officer.cumbria")).NavigationItemsAsync());
        Assert.Contains("Team applications", await (await PortalClient.SignInAsync(factory, "manager.cumbria")).NavigationItemsAsync());
        Assert.Contains("Business interests (PSD)", await (await PortalClient.SignInAsync(factory, "psd.cumbria")).NavigationItemsAsync());
        var dcc = await (await PortalClient.SignInAsync(factory, "dcc.cumbria")).NavigationItemsAsync();
        Assert.Contains("Business interest decisions", dcc);
        Assert.DoesNotContain("Business interests (PSD)", dcc);
    }
}
