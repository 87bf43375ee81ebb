using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>The register's department filter names each department once, with its force where several forces are seen.</summary>
public class DepartmentFilterTests
{
    private static IReadOnlyList<string> Departments(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#Filter_DepartmentId option").Where(o => o.GetAttribute("value") != "").Select(o => o.TextContent.Trim()).ToList();

    [Fact]
    public async Task AlliancePsd_SeesEachDepartmentWithItsForce_AndNoNameTwice()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var alliance = Departments(await (await PortalClient.SignInAsync(factory, "psd.warwickshire")).GetPageAsync("/Gifts/Register"));
        var single = Departments(await (await PortalClient.SignInAsync(factory, "psd.cumbria")).GetPageAsync("/Gifts/Register"));

        Assert.NotEmpty(alliance);
        Assert.Equal(alliance.Count, alliance.Distinct().Count());
        Assert.Contains(alliance, d => d.EndsWith("(Warwickshire Police)"));
        Assert.Contains(alliance, d => d.EndsWith("(West Mercia Police)"));
        Assert.DoesNotContain(single, d => d.Contains("(Cumbria"));
    }
}
