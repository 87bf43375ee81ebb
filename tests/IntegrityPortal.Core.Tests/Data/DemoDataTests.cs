using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

public class DemoDataTests
{
    [Fact]
    public async Task DemoData_HasTheSixForcesAndTheAlliance()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());

        var forces = await db.Forces.Include(f => f.Alliance).OrderBy(f => f.Code).ToListAsync();

        Assert.Equal(["avon-and-somerset", "cumbria", "dyfed-powys", "thames-valley", "warwickshire", "west-mercia"], forces.Select(f => f.Code));
        Assert.Equal(["warwickshire", "west-mercia"], forces.Where(f => f.Alliance is not null).Select(f => f.Code));
    }

    [Fact]
    public async Task DemoData_HasOneAccountPerForceRolePerForce_AndTheNationalAccounts()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var accounts = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              select new { u.UserName, ur.RoleId, u.ForceId }).ToListAsync();
        var forces = await db.Forces.ToListAsync();

        foreach (var force in forces)
        {
            foreach (var role in Roles.ForceRoles)
            {
                Assert.Contains(accounts, a => a.UserName == $"{role}.{force.Code}" && a.RoleId == role && a.ForceId == force.Id);
            }
        }

        Assert.Contains(accounts, a => a is { UserName: "inspector", RoleId: Roles.Inspector, ForceId: null });
        Assert.Contains(accounts, a => a is { UserName: "admin", RoleId: Roles.Administrator, ForceId: null });
    }

    [Fact]
    public async Task DemoData_PeopleHaveLineManagersInTheirOwnForce()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());

        var pairs = await db.People.Where(p => p.LineManagerId != null)
            .Select(p => new { p.ForceId, ManagerForce = p.LineManager!.ForceId }).ToListAsync();

        Assert.True(pairs.Count > 100);
        Assert.All(pairs, p => Assert.Equal(p.ForceId, p.ManagerForce));
    }
}
