using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Policies;

/// <summary>
/// Where a force requires it, a reviewer who has not confirmed the current version of a register's
/// policy is stopped (PolicyGate); otherwise nobody is.
/// </summary>
public class PolicyGateTests
{
    private static async Task<(IntegrityDbContext Db, int Cumbria, int Reviewer)> OpenAsync()
    {
        var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync(withGifts: false));
        var cumbria = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var reviewer = await db.Users.Where(u => u.UserName == "psd.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
        return (db, cumbria, reviewer);
    }

    private static async Task<PolicyVersion> PublishAsync(IntegrityDbContext db, int forceId, PolicySubject subject, int number, Policy? policy = null, PolicyAudience audience = PolicyAudience.Everyone)
    {
        var owner = await db.People.Where(p => p.ForceId == forceId).Select(p => p.Id).FirstAsync();
        if (policy is null)
        {
            policy = new Policy { ForceId = forceId, Title = $"{subject.Describe()} policy", Subject = subject, CreatedUtc = DateTime.UtcNow };
            policy.Forces.Add(new PolicyForce { ForceId = forceId });
            db.Policies.Add(policy);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var version = new PolicyVersion
        {
            Policy = policy, Number = number, OwnerId = owner, WhatChanged = $"Version {number}", Text = "# Text",
            Audience = audience, EffectiveOn = today, ReadBy = today.AddDays(30), CreatedUtc = DateTime.UtcNow,
        };
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync();
        await PolicyPublishing.PublishAsync(db, version);
        return version;
    }

    private static async Task RequireAsync(IntegrityDbContext db, int forceId, bool required)
    {
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == forceId);
        settings.PolicyConfirmationBeforeActing = required;
        await db.SaveChangesAsync();
    }

    private static async Task ConfirmAsync(IntegrityDbContext db, int versionId, int personId)
    {
        var task = await db.PolicyTasks.SingleAsync(t => t.PolicyVersionId == versionId && t.PersonId == personId);
        task.ConfirmedUtc = DateTime.UtcNow;
        task.ConfirmedOn = DateOnly.FromDateTime(DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task WhereTheForceRequiresIt_AnUnconfirmedCurrentVersionBlocks_UntilItIsConfirmed()
    {
        var (db, cumbria, reviewer) = await OpenAsync();
        await using var _ = db;
        var version = await PublishAsync(db, cumbria, PolicySubject.BusinessInterests, 1);

        Assert.Null(await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.BusinessInterests, default));

        await RequireAsync(db, cumbria, true);
        var block = await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.BusinessInterests, default);
        Assert.Equal(new PolicyBlock(version.Id, "Business interests and second jobs policy", 1), block);
        // Another register's policy is not this one.
        Assert.Null(await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.SocialMedia, default));

        await ConfirmAsync(db, version.Id, reviewer);
        Assert.Null(await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.BusinessInterests, default));
    }

    [Fact]
    public async Task OnlyTheNewestPublishedVersionCounts_AndSomeoneWithoutATaskIsNotBlocked()
    {
        var (db, cumbria, reviewer) = await OpenAsync();
        await using var _ = db;
        await RequireAsync(db, cumbria, true);
        var first = await PublishAsync(db, cumbria, PolicySubject.BusinessInterests, 1);
        var second = await PublishAsync(db, cumbria, PolicySubject.BusinessInterests, 2, first.Policy);

        // Version 1 unconfirmed does not matter once version 2 is out; version 2 does.
        Assert.Equal(second.Id, (await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.BusinessInterests, default))!.VersionId);
        await ConfirmAsync(db, second.Id, reviewer);
        Assert.Null(await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.BusinessInterests, default));

        // A national account has no person, and someone outside the current version's audience no
        // task: neither could confirm it, so neither is blocked.
        Assert.Null(await PolicyGate.BlockingAsync(db, null, PolicySubject.BusinessInterests, default));
        var reviewerKind = await db.People.Where(p => p.Id == reviewer).Select(p => p.Kind).SingleAsync();
        var othersOnly = reviewerKind == IntegrityPortal.Core.People.PersonKind.Staff ? PolicyAudience.Officers : PolicyAudience.Staff;
        var third = await PublishAsync(db, cumbria, PolicySubject.BusinessInterests, 3, first.Policy, othersOnly);
        Assert.True(third.TaskCount > 0);
        Assert.Null(await PolicyGate.BlockingAsync(db, reviewer, PolicySubject.BusinessInterests, default));
    }
}
