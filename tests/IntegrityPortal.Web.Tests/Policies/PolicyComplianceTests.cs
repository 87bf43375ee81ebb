using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>The compliance page and its CSV show what the database counts, for the user's forces only.</summary>
public class PolicyComplianceTests
{
    [Fact]
    public async Task Compliance_ShowsTheCounts_ByDepartmentAndRank_TheOverdueList_AndTheCsv()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        PolicyVersion version;
        int total, confirmed, overdue;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            version = await PolicyData.CurrentGiftsVersionAsync(db, "thames-valley");
            var tasks = db.PolicyTasks.Where(t => t.PolicyVersionId == version.Id);
            total = await tasks.CountAsync();
            confirmed = await tasks.CountAsync(t => t.ConfirmedUtc != null);
            overdue = await tasks.CountAsync(t => t.ConfirmedUtc == null && t.DueOn < DateOnly.FromDateTime(DateTime.UtcNow));
        }

        Assert.True(overdue > 0, "Thames Valley's demo is far behind: the read-by date has passed with people yet to confirm.");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        var page = await head.GetPageAsync($"/Policies/Manage/Compliance/{version.Id}?show=overdue");

        Assert.StartsWith($"{confirmed} of {total} (", page.QuerySelector("#summary")!.TextContent.Trim());
        Assert.Equal(total, page.QuerySelectorAll("#by-department tbody tr").Sum(r => int.Parse(r.Children[1].TextContent)));
        Assert.Equal(confirmed, page.QuerySelectorAll("#by-rank tbody tr").Sum(r => int.Parse(r.Children[2].TextContent)));
        Assert.Equal(Math.Min(overdue, 25), page.QuerySelectorAll("#people tbody tr").Length);
        Assert.All(page.QuerySelectorAll("#people tbody tr"), r => Assert.Equal("Not confirmed", r.Children[3].TextContent.Trim()));
        Assert.Contains("Constable", page.QuerySelector("#people")!.TextContent);

        var csv = await head.GetAsync($"/Policies/Manage/Compliance/{version.Id}?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total + 1, lines.Length);
        Assert.Contains("Not confirmed", lines[1..].First(l => l.Contains("Not confirmed")));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(PolicyTask) && e.Action == AuditAction.Export
            && e.UserName == "head-of-psd.thames-valley" && e.RecordForceId == thamesValley));
    }

    [Fact]
    public async Task APartnerForcesKeeper_SeesOnlyTheirOwnForcesPeople_OnASharedPolicy()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var westMercia = await factory.ForceIdAsync("west-mercia");
        int versionId, westMerciaTasks, allTasks;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            versionId = await db.PolicyVersions.Where(v => v.Policy!.SharedWithAlliance).MaxAsync(v => v.Id);
            westMerciaTasks = await db.PolicyTasks.CountAsync(t => t.PolicyVersionId == versionId && t.ForceId == westMercia);
            allTasks = await db.PolicyTasks.CountAsync(t => t.PolicyVersionId == versionId);
        }

        var dcc = await PortalClient.SignInAsync(factory, "dcc.west-mercia");
        var page = await dcc.GetPageAsync($"/Policies/Manage/Compliance/{versionId}");
        Assert.Contains($" of {westMerciaTasks} (", page.QuerySelector("#summary")!.TextContent);

        // The alliance's PSD serves both forces and sees everyone.
        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.Contains($" of {allTasks} (", (await psd.GetPageAsync($"/Policies/Manage/Compliance/{versionId}")).QuerySelector("#summary")!.TextContent);
        Assert.True(allTasks > westMerciaTasks);
    }
}
