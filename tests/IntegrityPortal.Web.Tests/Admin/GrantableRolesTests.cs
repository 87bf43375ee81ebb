using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Admin;

/// <summary>An administrator is offered only the roles they can give, so nothing offered is refused after submitting.</summary>
public class GrantableRolesTests
{
    private static IReadOnlyList<string> Offered(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("input[name='Input.Roles']").Select(i => i.GetAttribute("value")!).ToList();

    [Fact]
    public async Task ForceAdministrator_IsNotOfferedTheInspectorRole_NationalAdministratorIs()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var force = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var national = await PortalClient.SignInAsync(factory, "admin");

        var forceOffer = Offered(await force.GetPageAsync("/Admin/Users/Create"));
        var nationalOffer = Offered(await national.GetPageAsync("/Admin/Users/Create"));

        Assert.Equal(Roles.ForceRoles, forceOffer);
        Assert.DoesNotContain(Roles.Inspector, forceOffer);
        Assert.Contains(Roles.Inspector, nationalOffer);
    }
}
