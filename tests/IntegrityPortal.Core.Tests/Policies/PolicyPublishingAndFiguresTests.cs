using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Policies;

public class PolicyPublishingAndFiguresTests
{
    private static async Task<PolicyVersion> DraftAsync(IntegrityDbContext db, int forceId, PolicyAudience audience, DateOnly readBy)
    {
        var owner = await db.People.Where(p => p.ForceId == forceId).Select(p => p.Id).FirstAsync();
        var policy = new Policy { ForceId = forceId, Title = "Test policy", Subject = PolicySubject.SocialMedia, CreatedUtc = DateTime.UtcNow };
        policy.Forces.Add(new PolicyForce { ForceId = forceId });
        var version = new PolicyVersion
        {
            Policy = policy, Number = 1, OwnerId = owner, WhatChanged = "First", Text = "# Text", Audience = audience,
            EffectiveOn = readBy, ReadBy = readBy, CreatedUtc = DateTime.UtcNow,
        };
        db.Policies.Add(policy);
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync();
        return version;
    }

    [Fact]
    public async Task Publishing_GivesEveryActivePersonOfTheAudienceOneTask_Once()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var leaver = await db.People.FirstAsync(p => p.ForceId == cumbria && p.Kind == PersonKind.Staff);
        leaver.IsActive = false;
        await db.SaveChangesAsync();
        var version = await DraftAsync(db, cumbria, PolicyAudience.Staff, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14));

        var created = await PolicyPublishing.PublishAsync(db, version);

        var staff = await db.People.Where(p => p.ForceId == cumbria && p.IsActive && p.Kind == PersonKind.Staff).Select(p => p.Id).OrderBy(id => id).ToListAsync();
        Assert.Equal(staff.Count, created);
        Assert.Equal(staff, await db.PolicyTasks.Where(t => t.PolicyVersionId == version.Id).Select(t => t.PersonId).OrderBy(id => id).ToListAsync());
        Assert.All(await db.PolicyTasks.Where(t => t.PolicyVersionId == version.Id).ToListAsync(), t => Assert.Equal((cumbria, version.ReadBy), (t.ForceId, t.DueOn)));
        Assert.Equal(PolicyVersionStatus.Published, version.Status);
        Assert.Equal(created, version.TaskCount);
        await Assert.ThrowsAsync<DomainRuleException>(() => PolicyPublishing.PublishAsync(db, version));
    }

    /// <summary>The count the owner is shown before publishing (LINQ) is the number of tasks publishing writes (SQL).</summary>
    [Theory]
    [InlineData(PolicyAudience.Everyone)]
    [InlineData(PolicyAudience.Officers)]
    [InlineData(PolicyAudience.Staff)]
    [InlineData(PolicyAudience.Departments)]
    [InlineData(PolicyAudience.Ranks)]
    public async Task TheReachShownBeforePublishing_IsTheNumberOfTasksPublishingGives(PolicyAudience audience)
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var version = await DraftAsync(db, cumbria, audience, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14));
        var departments = await db.Departments.Where(d => d.ForceId == cumbria).OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync();
        version.AudienceDepartmentIds = string.Join(',', departments);
        version.AudienceRanks = $"{(int)PoliceRank.Constable},{(int)PoliceRank.Sergeant}";
        await db.SaveChangesAsync();

        var reach = await PolicyPublishing.ReachAsync(db, version);
        var created = await PolicyPublishing.PublishAsync(db, version);

        Assert.True(reach > 0);
        Assert.Equal(reach, created);
    }

    [Fact]
    public async Task SomeoneWhoDoesNotKeepThePolicy_CannotPublishIt()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        int versionId, cumbria;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            versionId = (await DraftAsync(system, cumbria, PolicyAudience.Everyone, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14))).Id;
        }

        await using var officer = TestDatabase.Open(path, new TestActor("officer.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Officer));
        var version = await officer.PolicyVersions.SingleAsync(v => v.Id == versionId);

        await Assert.ThrowsAsync<DomainRuleException>(() => PolicyPublishing.PublishAsync(officer, version));
        Assert.False(await officer.PolicyTasks.AnyAsync(t => t.PolicyVersionId == versionId));
    }

    [Fact]
    public async Task Figures_CountConfirmationsByTheReadByDate_AndAPastPeriodDoesNotChange()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var due = new DateOnly(2026, 3, 31);
        var version = await DraftAsync(db, cumbria, PolicyAudience.Everyone, due);
        await PolicyPublishing.PublishAsync(db, version);
        version.PublishedUtc = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var tasks = await db.PolicyTasks.Where(t => t.PolicyVersionId == version.Id).OrderBy(t => t.Id).ToListAsync();
        // Three confirmed in time (one on the day itself), one late, the rest not at all.
        foreach (var (task, on) in tasks.Take(4).Zip(new[] { new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 20), due, due.AddDays(1) }))
        {
            task.ConfirmedOn = on;
            task.ConfirmedUtc = on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        }

        await db.SaveChangesAsync();

        var quarter = await PolicyFigures.ForPeriodAsync(db, cumbria, new DateOnly(2026, 1, 1), due);
        var before = await PolicyFigures.ForPeriodAsync(db, cumbria, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        Assert.Equal(new PolicyFigures(1, tasks.Count, 3), quarter);
        Assert.Equal(Math.Round(300.0 / tasks.Count, 1), quarter.ConfirmationRate);
        Assert.Equal(new PolicyFigures(0, 0, 0), before);
        Assert.Null(before.ConfirmationRate);

        // Someone confirming now, long after the read-by date, does not change the quarter.
        var late = tasks[5];
        late.ConfirmedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        late.ConfirmedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync();
        Assert.Equal(quarter, await PolicyFigures.ForPeriodAsync(db, cumbria, new DateOnly(2026, 1, 1), due));

        var compliance = await PolicyFigures.ForVersionAsync(db, version.Id);
        Assert.Equal((tasks.Count, 5), (compliance.Total, compliance.Confirmed));
        Assert.Equal(tasks.Count - 5, compliance.Overdue);
        Assert.Equal(tasks.Count, compliance.ByDepartment.Sum(r => r.Total));
        Assert.Equal(5, compliance.ByRank.Sum(r => r.Confirmed));
    }
}
