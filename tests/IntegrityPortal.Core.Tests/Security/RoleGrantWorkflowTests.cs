using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Security;

/// <summary>Roles with PSD, head of PSD, DCC or PCC powers: who gives them, with whose approval, and where it is recorded.</summary>
public class RoleGrantWorkflowTests
{
    private sealed record World(string Path, Dictionary<string, (string Id, int? ForceId)> Accounts, Dictionary<string, int> Forces);

    private static async Task<World> CreateAsync()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(path);
        var accounts = await db.Users.ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.ForceId));
        var forces = await db.Forces.ToDictionaryAsync(f => f.Code, f => f.Id);
        return new World(path, accounts, forces);
    }

    /// <summary>A context acting as a demo account, with its real id, roles and scope.</summary>
    private static IntegrityDbContext As(World world, string userName, string role, bool national = false)
    {
        var (id, forceId) = world.Accounts[userName];
        var scope = national ? ForceScope.AllForces : new ForceScope(false, [forceId!.Value]);
        return TestDatabase.Open(world.Path, new Actor(id, userName, forceId, scope, [role]));
    }

    private sealed record Actor(string? UserId, string UserName, int? HomeForceId, ForceScope Scope, IReadOnlyList<string> Roles) : ICurrentActor;

    private static async Task<int> RequestAsync(World world, string admin, string account, string role)
    {
        await using var db = As(world, admin, Roles.Administrator);
        var user = await db.Users.SingleAsync(u => u.UserName == account);
        var grant = await new RoleGrantWorkflow(db).RequestAsync(user, role);
        await db.SaveChangesAsync();
        return grant.Id;
    }

    private static async Task<List<string>> RolesOfAsync(World world, string account)
    {
        await using var db = TestDatabase.OpenAsSystem(world.Path);
        return await db.UserRoles.Where(r => r.UserId == world.Accounts[account].Id).Select(r => r.RoleId).ToListAsync();
    }

    [Fact]
    public void OnlyTheNationalAdministrator_GivesPowerfulRolesDirectly()
    {
        var national = new RoleGrantWorkflow(TestDatabase.Open("unused.db", new Actor("n", "admin", null, ForceScope.AllForces, [Roles.Administrator])));
        var force = new RoleGrantWorkflow(TestDatabase.Open("unused.db", new Actor("f", "admin.cumbria", 1, new ForceScope(false, [1]), [Roles.Administrator])));

        Assert.All(Roles.SecondApprovalRoles, r => Assert.False(national.NeedsSecondApproval(r)));
        Assert.All(Roles.SecondApprovalRoles, r => Assert.True(force.NeedsSecondApproval(r)));
        Assert.False(force.NeedsSecondApproval(Roles.Officer));
        Assert.Equal([Roles.Psd, Roles.HeadOfPsd, Roles.DeputyChiefConstable, Roles.Pcc], Roles.SecondApprovalRoles);
    }

    [Fact]
    public async Task ForceAdministratorsRequest_GivesTheRoleOnlyWhenTheHeadOfPsdApproves()
    {
        var world = await CreateAsync();
        var id = await RequestAsync(world, "admin.cumbria", "officer.cumbria", Roles.Psd);
        Assert.DoesNotContain(Roles.Psd, await RolesOfAsync(world, "officer.cumbria"));
        string stampBefore;
        await using (var system = TestDatabase.OpenAsSystem(world.Path))
        {
            stampBefore = (await system.Users.SingleAsync(u => u.UserName == "officer.cumbria")).SecurityStamp!;
        }

        await using (var db = As(world, "head-of-psd.cumbria", Roles.HeadOfPsd))
        {
            var grant = await db.RoleGrants.SingleAsync(g => g.Id == id);
            await new RoleGrantWorkflow(db).DecideAsync(grant, approve: true, note: null);
            await db.SaveChangesAsync();
        }

        Assert.Contains(Roles.Psd, await RolesOfAsync(world, "officer.cumbria"));
        await using var check = TestDatabase.OpenAsSystem(world.Path);
        var saved = await check.RoleGrants.SingleAsync(g => g.Id == id);
        Assert.Equal((RoleGrantStatus.Approved, "head-of-psd.cumbria", "admin.cumbria"), (saved.Status, saved.DecidedByUserName, saved.RequestedByUserName));
        Assert.NotEqual(stampBefore, (await check.Users.SingleAsync(u => u.UserName == "officer.cumbria")).SecurityStamp);
        var roleAudit = await check.AuditEvents.SingleAsync(e => e.EntityType == "UserRole" && e.EntityId == $"{world.Accounts["officer.cumbria"].Id}:{Roles.Psd}");
        Assert.Equal(("head-of-psd.cumbria", world.Forces["cumbria"]), (roleAudit.UserName, roleAudit.RecordForceId));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(RoleGrant) && e.EntityId == id.ToString() && e.Action == AuditAction.Created && e.UserName == "admin.cumbria"));
    }

    [Fact]
    public async Task Refusal_GivesNoRole()
    {
        var world = await CreateAsync();
        var id = await RequestAsync(world, "admin.cumbria", "officer.cumbria", Roles.DeputyChiefConstable);

        await using (var db = As(world, "head-of-psd.cumbria", Roles.HeadOfPsd))
        {
            await new RoleGrantWorkflow(db).DecideAsync(await db.RoleGrants.SingleAsync(g => g.Id == id), approve: false, note: "Not a chief officer");
            await db.SaveChangesAsync();
        }

        Assert.Equal([Roles.Officer], await RolesOfAsync(world, "officer.cumbria"));
    }

    [Theory]
    [InlineData("psd.cumbria", Roles.Psd, RoleGrantWorkflow.NotHeadOfPsd)]
    [InlineData("head-of-psd.thames-valley", Roles.HeadOfPsd, RoleGrantWorkflow.NotHeadOfPsd)]
    public async Task OnlyTheHeadOfPsdOfTheAccountsForce_Decides(string approver, string role, string message)
    {
        var world = await CreateAsync();
        var id = await RequestAsync(world, "admin.cumbria", "officer.cumbria", Roles.Psd);

        // Scope is widened to every force so the grant is found: the rule itself must refuse.
        var (approverId, forceId) = world.Accounts[approver];
        await using var db = TestDatabase.Open(world.Path, new Actor(approverId, approver, forceId, ForceScope.AllForces, [role]));
        var grant = await db.RoleGrants.SingleAsync(g => g.Id == id);
        var refused = await Assert.ThrowsAsync<RoleGrantException>(() => new RoleGrantWorkflow(db).DecideAsync(grant, true, null));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public async Task NobodyChangesTheirOwnRoles_NorApprovesWhatTheyAskedFor()
    {
        var world = await CreateAsync();
        await using (var db = As(world, "admin.cumbria", Roles.Administrator))
        {
            var self = await db.Users.SingleAsync(u => u.UserName == "admin.cumbria");
            var own = await Assert.ThrowsAsync<RoleGrantException>(() => new RoleGrantWorkflow(db).RequestAsync(self, Roles.Psd));
            Assert.Equal(RoleGrantWorkflow.OwnRoles, own.Message);
        }

        await using (var db = As(world, "admin", Roles.Administrator, national: true))
        {
            Assert.Throws<RoleGrantException>(() => new RoleGrantWorkflow(db).RequireNotOwn(world.Accounts["admin"].Id));
        }

        // A head of PSD who is also an administrator cannot approve their own request, nor a grant to themselves.
        var (headId, cumbria) = world.Accounts["head-of-psd.cumbria"];
        await using (var db = TestDatabase.Open(world.Path, new Actor(headId, "head-of-psd.cumbria", cumbria, new ForceScope(false, [cumbria!.Value]), [Roles.HeadOfPsd, Roles.Administrator])))
        {
            var officer = await db.Users.SingleAsync(u => u.UserName == "officer.cumbria");
            var grant = await new RoleGrantWorkflow(db).RequestAsync(officer, Roles.Pcc);
            await db.SaveChangesAsync();
            var requested = await Assert.ThrowsAsync<RoleGrantException>(() => new RoleGrantWorkflow(db).DecideAsync(grant, true, null));
            Assert.Equal(RoleGrantWorkflow.RequestedIt, requested.Message);
        }

        var toHead = await RequestAsync(world, "admin.cumbria", "head-of-psd.cumbria", Roles.DeputyChiefConstable);
        await using (var db = As(world, "head-of-psd.cumbria", Roles.HeadOfPsd))
        {
            var grant = await db.RoleGrants.SingleAsync(g => g.Id == toHead);
            var ownGrant = await Assert.ThrowsAsync<RoleGrantException>(() => new RoleGrantWorkflow(db).DecideAsync(grant, true, null));
            Assert.Equal(RoleGrantWorkflow.OwnRoles, ownGrant.Message);
        }

        Assert.Equal([Roles.HeadOfPsd], await RolesOfAsync(world, "head-of-psd.cumbria"));
    }

    [Fact]
    public async Task AnAllianceRole_IsRecordedInThePartnerForcesAuditTrailToo()
    {
        var world = await CreateAsync();
        var (officerId, warwickshire) = world.Accounts["officer.warwickshire"];
        var westMercia = world.Forces["west-mercia"];

        await using (var db = As(world, "admin", Roles.Administrator, national: true))
        {
            // Tracked, as the user manager would have it, so the link's force is known.
            await db.Users.SingleAsync(u => u.Id == officerId);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = officerId, RoleId = Roles.Psd });
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = officerId, RoleId = Roles.Procurement });
            await db.SaveChangesAsync();
        }

        await using var check = TestDatabase.OpenAsSystem(world.Path);
        var psd = await check.AuditEvents.Where(e => e.EntityType == "UserRole" && e.EntityId == $"{officerId}:{Roles.Psd}").ToListAsync();
        Assert.Equal([warwickshire!.Value, westMercia], psd.Select(e => e.RecordForceId!.Value).Order());
        Assert.Contains("Warwickshire", psd.Single(e => e.RecordForceId == westMercia).Justification);
        // A role that does not reach across the alliance stays in its own force's trail.
        Assert.Equal([warwickshire.Value], await check.AuditEvents.Where(e => e.EntityType == "UserRole" && e.EntityId == $"{officerId}:{Roles.Procurement}").Select(e => e.RecordForceId!.Value).ToListAsync());

        // The partner force's PSD reads the grant in its own trail.
        await using var partner = TestDatabase.Open(world.Path, new Actor("x", "psd.west-mercia", westMercia, new ForceScope(false, [westMercia]), [Roles.Psd]));
        Assert.True(await partner.AuditEvents.AnyAsync(e => e.EntityId == $"{officerId}:{Roles.Psd}"));
    }
}
