using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>A line manager sees their own team's policy confirmations, and overdue ones on their home page.</summary>
public class PolicyTeamTests
{
    [Fact]
    public async Task ALineManager_SeesTheirTeamsOutstandingConfirmations_OverdueOnTheirHomePage_AndTheViewIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        int managerId, total, confirmed, overdue, outstanding;
        string aTeamMember, someoneElse;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            managerId = await db.Users.Where(u => u.UserName == "manager.thames-valley").Select(u => u.PersonId!.Value).SingleAsync();
            var team = db.PolicyTasks.Where(t => t.Person!.LineManagerId == managerId);
            total = await team.CountAsync();
            confirmed = await team.CountAsync(t => t.ConfirmedUtc != null);
            overdue = await team.CountAsync(t => t.ConfirmedUtc == null && t.DueOn < today);
            outstanding = total - confirmed;
            var member = await team.Where(t => t.ConfirmedUtc == null).Select(t => t.Person!).FirstAsync();
            aTeamMember = member.NameAndRankOrGrade;
            // Someone of the same force with an outstanding task who is not in the manager's team.
            var other = await db.PolicyTasks.Where(t => t.ConfirmedUtc == null && t.Person!.LineManagerId != managerId && t.Person.ForceId == member.ForceId && t.PersonId != managerId)
                .Select(t => t.Person!).FirstAsync();
            someoneElse = other.NameAndRankOrGrade;
        }

        Assert.True(overdue > 0, "Thames Valley's demo is far behind, so the manager's team has overdue confirmations.");
        var manager = await PortalClient.SignInAsync(factory, "manager.thames-valley");

        var home = await manager.GetPageAsync("/");
        var item = home.QuerySelectorAll("a[href='/Policies/Team']").Single();
        Assert.Contains("Policies your team have not confirmed by the read-by date", item.TextContent);
        Assert.Contains(overdue.ToString(), item.ParentElement!.TextContent);

        var page = await manager.GetPageAsync("/Policies/Team");
        Assert.Equal(total.ToString(), page.QuerySelector("#team-total")!.TextContent.Trim());
        Assert.StartsWith($"{confirmed} (", page.QuerySelector("#team-confirmed")!.TextContent.Trim());
        Assert.Equal(overdue.ToString(), page.QuerySelector("#team-overdue")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("#team-outstanding tbody tr");
        Assert.Equal(Math.Min(outstanding, 25), rows.Length);
        Assert.Contains(rows, r => r.Children[0].TextContent.Trim() == aTeamMember);
        Assert.DoesNotContain(rows, r => r.Children[0].TextContent.Trim() == someoneElse);
        // Overdue first: the read-by dates never go back down the list.
        Assert.Equal("Overdue", rows[0].Children[3].TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("#team-outstanding a"), a => a.GetAttribute("href")!.StartsWith("/Policies/Read/"));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == "PolicyTeam" && e.Action == AuditAction.Read && e.UserName == "manager.thames-valley"));
    }

    [Theory]
    [InlineData("officer.thames-valley")]
    [InlineData("pcc.thames-valley")]
    public async Task SomeoneWhoLineManagesNobody_IsRefused(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, userName);

        var response = await client.GetAsync("/Policies/Team");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnotherForcesLineManager_SeesOnlyTheirOwnTeam()
    {
        await using var factory = await PortalFactory.CreateAsync();
        string thamesValleyMember;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var tvManager = await db.Users.Where(u => u.UserName == "manager.thames-valley").Select(u => u.PersonId!.Value).SingleAsync();
            thamesValleyMember = await db.PolicyTasks.Where(t => t.Person!.LineManagerId == tvManager && t.ConfirmedUtc == null)
                .Select(t => t.Person!.FamilyName).FirstAsync();
        }

        var cumbriaManager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        var page = await cumbriaManager.GetPageAsync("/Policies/Team");

        Assert.DoesNotContain(thamesValleyMember, page.QuerySelector("main")!.TextContent);
    }
}
