using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Admin;

/// <summary>
/// Roles with PSD, head of PSD, DCC or PCC powers: a force administrator's grant waits for the
/// head of PSD; the national administrator grants directly; nobody changes their own roles.
/// </summary>
public class RoleGrantsTests
{
    private const string NewPassword = "a-long-enough-pass";

    private static Dictionary<string, string> CreateForm(int force, params string[] roles)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.UserName"] = "new.user", ["Input.DisplayName"] = "Nia Roberts", ["Input.ForceId"] = force.ToString(),
            ["Input.PersonId"] = "", ["Input.Password"] = NewPassword,
        };
        for (var i = 0; i < roles.Length; i++)
        {
            form[$"Input.Roles[{i}]"] = roles[i];
        }

        return form;
    }

    private static async Task<Dictionary<string, string>> EditFormAsync(PortalFactory factory, string userName, params string[] roles)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        var form = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = user.DisplayName, ["Input.ForceId"] = user.ForceId?.ToString() ?? AccountRules.NationalValue,
            ["Input.PersonId"] = user.PersonId?.ToString() ?? "", ["Input.IsDisabled"] = "false", ["Input.ConcurrencyStamp"] = user.ConcurrencyStamp!,
        };
        for (var i = 0; i < roles.Length; i++)
        {
            form[$"Input.Roles[{i}]"] = roles[i];
        }

        return form;
    }

    private static async Task<(string Id, List<string> Roles)> AccountAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        return (id, await db.UserRoles.Where(r => r.UserId == id).Select(r => r.RoleId).OrderBy(r => r).ToListAsync());
    }

    private static async Task<int> GrantIdAsync(PortalFactory factory, string userName, string role)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.RoleGrants.Where(g => g.User!.UserName == userName && g.Role == role).Select(g => g.Id).SingleAsync();
    }

    [Fact]
    public async Task ForceAdministratorGivesPsd_ItWaitsForTheHeadOfPsd_WhoApprovesFromTheirHomePage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");

        var created = await admin.PostFormAsync("/Admin/Users/Create", CreateForm(cumbria, Roles.Officer, Roles.Psd));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var panel = await admin.GetPageAsync(created.Headers.Location!.ToString());
        Assert.Equal("new.user", panel.QuerySelector("#reference")!.TextContent);
        Assert.Equal("Officer or staff member", panel.QuerySelector("#roles-now")!.TextContent);
        Assert.Equal("PSD officer", panel.QuerySelector("#awaiting-approval")!.TextContent);
        Assert.Contains("The head of PSD is asked to approve the role waiting", panel.QuerySelector("#next")!.TextContent);
        Assert.Equal([Roles.Officer], (await AccountAsync(factory, "new.user")).Roles);
        var edit = await admin.GetPageAsync($"/Admin/Users/Edit/{(await AccountAsync(factory, "new.user")).Id}");
        Assert.Contains("PSD officer", edit.QuerySelector("#awaiting-approval")!.TextContent);
        var newcomer = await PortalClient.SignInAsync(factory, "new.user", NewPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync("/Audit")).StatusCode);

        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var home = await head.GetPageAsync("/");
        Assert.Contains("awaiting your approval", home.QuerySelector("#attention a[href='/RoleGrants']")!.TextContent);
        var list = await head.GetPageAsync("/RoleGrants");
        Assert.Contains("PSD officer", Assert.Single(list.QuerySelectorAll("#grants tbody tr")).TextContent);
        Assert.DoesNotContain("new.user", list.QuerySelector("#grants")!.TextContent);
        var id = await GrantIdAsync(factory, "new.user", Roles.Psd);

        var approved = await head.PostFormAsync($"/RoleGrants/Decide/{id}", new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal([Roles.Officer, Roles.Psd], (await AccountAsync(factory, "new.user")).Roles);
        // The new stamp ends the cookie's old roles: signing in again gives PSD's pages.
        var again = await PortalClient.SignInAsync(factory, "new.user", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/Audit")).StatusCode);
        Assert.NotNull((await head.GetPageAsync("/RoleGrants")).QuerySelector("#grants-empty"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var roleAudit = await db.AuditEvents.SingleAsync(e => e.EntityType == "UserRole" && e.EntityId.EndsWith(":" + Roles.Psd) && e.UserName == "head-of-psd.cumbria");
        Assert.Equal((AuditAction.Created, (int?)cumbria), (roleAudit.Action, roleAudit.RecordForceId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(RoleGrant) && e.Action == AuditAction.Transition && e.UserName == "head-of-psd.cumbria"));
    }

    [Fact]
    public async Task HeadOfPsdRefuses_WithAReason_AndTheAccountGetsNoRole()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        await admin.PostFormAsync("/Admin/Users/Edit/" + (await AccountAsync(factory, "procurement.cumbria")).Id,
            await EditFormAsync(factory, "procurement.cumbria", Roles.Procurement, Roles.DeputyChiefConstable));
        var id = await GrantIdAsync(factory, "procurement.cumbria", Roles.DeputyChiefConstable);
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");

        var noReason = await head.PostFormAsync($"/RoleGrants/Decide/{id}", new() { ["Input.Decision"] = "refuse", ["Input.Note"] = " ", ["Input.Version"] = "0" });
        var noChoice = await head.PostFormAsync($"/RoleGrants/Decide/{id}", new() { ["Input.Decision"] = "perhaps", ["Input.Version"] = "0" });
        var refused = await head.PostFormAsync($"/RoleGrants/Decide/{id}", new() { ["Input.Decision"] = "refuse", ["Input.Note"] = "Not a chief officer", ["Input.Version"] = "0" });

        Assert.Equal("Enter why you are refusing the role", (await PortalClient.ParseAsync(noReason)).FieldError("Input_Note"));
        Assert.Equal("Select whether you approve or refuse the role", (await PortalClient.ParseAsync(noChoice)).FieldError("Input_Decision"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal([Roles.Procurement], (await AccountAsync(factory, "procurement.cumbria")).Roles);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/RoleGrants/Decide/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("admin.cumbria", Roles.Psd)]
    [InlineData("admin", Roles.Inspector)]
    public async Task NoAdministrator_ChangesTheirOwnRoles(string userName, string added)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, userName);
        var (id, before) = await AccountAsync(factory, userName);

        var response = await admin.PostFormAsync($"/Admin/Users/Edit/{id}", await EditFormAsync(factory, userName, Roles.Administrator, added));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RoleGrantWorkflow.OwnRoles, (await PortalClient.ParseAsync(response)).FieldError("Input_Roles"));
        Assert.Equal(before, (await AccountAsync(factory, userName)).Roles);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await db.RoleGrants.AnyAsync());
    }

    [Fact]
    public async Task NationalAdministrator_GivesAnAllianceRoleDirectly_AndThePartnerForcesTrailShowsIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var national = await PortalClient.SignInAsync(factory, "admin");
        var (id, _) = await AccountAsync(factory, "officer.warwickshire");

        var response = await national.PostFormAsync($"/Admin/Users/Edit/{id}", await EditFormAsync(factory, "officer.warwickshire", Roles.Officer, Roles.Psd));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Officer, Roles.Psd], (await AccountAsync(factory, "officer.warwickshire")).Roles);
        var westMerciaPsd = await PortalClient.SignInAsync(factory, "psd.west-mercia");
        var trail = await westMerciaPsd.GetPageAsync("/Audit");
        Assert.Contains($"{id}:{Roles.Psd}", trail.QuerySelector("table")!.TextContent);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var forces = await db.AuditEvents.Where(e => e.EntityType == "UserRole" && e.EntityId == $"{id}:{Roles.Psd}").Select(e => e.RecordForceId!.Value).ToListAsync();
        Assert.Equal(new[] { await factory.ForceIdAsync("warwickshire"), await factory.ForceIdAsync("west-mercia") }.Order(), forces.Order());
    }

    [Fact]
    public async Task GrantPages_WrongRoleIsRefused_AndAnotherForcesHeadOfPsdFindsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        await admin.PostFormAsync("/Admin/Users/Edit/" + (await AccountAsync(factory, "officer.cumbria")).Id,
            await EditFormAsync(factory, "officer.cumbria", Roles.Officer, Roles.Pcc));
        var id = await GrantIdAsync(factory, "officer.cumbria", Roles.Pcc);

        foreach (var userName in new[] { "psd.cumbria", "admin.cumbria", "dcc.cumbria", "officer.cumbria" })
        {
            var client = await PortalClient.SignInAsync(factory, userName);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/RoleGrants")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/RoleGrants/Decide/{id}", new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" })).StatusCode);
        }

        foreach (var userName in new[] { "head-of-psd.thames-valley", "head-of-psd.warwickshire" })
        {
            var other = await PortalClient.SignInAsync(factory, userName);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/RoleGrants/Decide/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync($"/RoleGrants/Decide/{id}", new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" })).StatusCode);
            Assert.NotNull((await other.GetPageAsync("/RoleGrants")).QuerySelector("#grants-empty"));
        }

        Assert.Equal([Roles.Officer], (await AccountAsync(factory, "officer.cumbria")).Roles);
    }
}
