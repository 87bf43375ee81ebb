using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Gifts;
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

    [Fact]
    public async Task DemoData_EachForceHasAVariedGiftsRegister()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());

        var byForce = await db.GiftDeclarations
            .GroupBy(d => d.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Count = g.Count(),
                Accepted = g.Count(d => d.Outcome == OfferOutcome.Accepted),
                Declined = g.Count(d => d.Outcome == OfferOutcome.Declined),
                Late = g.Count(d => d.IsLate),
                Flagged = g.Count(d => d.PatternFlags != PatternFlags.None),
                AwaitingReview = g.Count(d => d.ReviewStatus == ReviewStatus.AwaitingReview),
                Versions = g.Count(d => d.CurrentVersionNumber == 1),
            })
            .ToListAsync();

        Assert.Equal(6, byForce.Count);
        Assert.All(byForce, f =>
        {
            Assert.True(f.Count >= 200, $"force {f.ForceId} has {f.Count} declarations");
            Assert.True(f.Accepted > 0 && f.Declined > f.Accepted, $"force {f.ForceId}: {f.Accepted} accepted, {f.Declined} declined");
            Assert.True(f.Late > 0);
            Assert.True(f.Flagged > 0);
            Assert.True(f.AwaitingReview > 0);
            Assert.Equal(f.Count, f.Versions);
        });
        Assert.Equal(await db.GiftDeclarations.CountAsync(), await db.Set<GiftDeclarationVersion>().CountAsync(v => v.Number == 1));
    }

    [Fact]
    public async Task DemoData_GiftsHaveEveryPatternAndStatus()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var all = await db.GiftDeclarations.Select(d => new { d.PatternFlags, d.ApprovalStatus, d.ReviewStatus, d.IsCashOrEquivalent, d.Outcome }).ToListAsync();

        foreach (var flag in new[] { PatternFlags.RepeatOffers, PatternFlags.AnnualValue, PatternFlags.SupplierToPurchaser })
        {
            Assert.Contains(all, d => d.PatternFlags.HasFlag(flag));
        }

        Assert.All(Enum.GetValues<ApprovalStatus>(), s => Assert.Contains(all, d => d.ApprovalStatus == s));
        Assert.All(Enum.GetValues<ReviewStatus>(), s => Assert.Contains(all, d => d.ReviewStatus == s));
        Assert.DoesNotContain(all, d => d.IsCashOrEquivalent && d.Outcome == OfferOutcome.Accepted);
        Assert.True(await db.Organisations.CountAsync(o => o.CompanyNumber != null && o.CompanyNumber.Length == 8) > 0);
    }

    [Fact]
    public async Task DemoData_ThamesValleyPublishesItsGiftsRegister_AndCumbriaDoesNot()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());

        var publishing = await db.ForceSettings.Where(s => s.PublishesGiftRegister).Select(s => s.Force!.Code).ToListAsync();

        Assert.Contains("thames-valley", publishing);
        Assert.DoesNotContain("cumbria", publishing);
    }

    [Fact]
    public async Task DemoData_EachForceHasAYearOfMediaContacts_ByChiefOfficersAndOthers_AndSuspectedLeaksAwaitingPsd()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var now = DateTime.UtcNow;

        var byForce = await db.MediaContacts
            .GroupBy(c => c.ForceId)
            .Select(g => new
            {
                ForceId = g.Key,
                Count = g.Count(),
                People = g.Select(c => c.PersonId).Distinct().Count(),
                Oldest = g.Min(c => c.ContactedUtc),
                PreArranged = g.Count(c => c.WasPreArranged),
                Visits = g.Count(c => c.WasVisitToMediaEstablishment),
                Acknowledged = g.Count(c => c.AcknowledgedUtc != null),
                Awaiting = g.Count(c => c.AcknowledgedUtc == null),
                InAdvance = g.Count(c => c.RecordedUtc < c.ContactedUtc),
            })
            .ToListAsync();
        var chiefs = await db.MediaContacts.Where(MediaRules.ByChiefOfficer).GroupBy(c => c.ForceId).Select(g => g.Key).ToListAsync();
        var leaks = await db.SuspectedLeaks.GroupBy(l => l.ForceId)
            .Select(g => new { ForceId = g.Key, Awaiting = g.Count(l => l.Status == SuspectedLeakStatus.AwaitingPsd), Articles = g.Count(l => l.ArticleTitle != null) })
            .ToListAsync();

        Assert.Equal(6, byForce.Count);
        Assert.All(byForce, f =>
        {
            Assert.True(f.Count >= 60, $"force {f.ForceId} has {f.Count} contacts");
            Assert.True(f.People >= 5, $"force {f.ForceId}: contacts by {f.People} people");
            Assert.True(f.Oldest > now.AddDays(-367) && f.Oldest < now.AddDays(-300), $"force {f.ForceId}: oldest contact {f.Oldest:O}");
            Assert.True(f.PreArranged > 0 && f.Visits > 0 && f.InAdvance > 0);
            Assert.True(f.Acknowledged > f.Awaiting && f.Awaiting > 0, $"force {f.ForceId}: {f.Acknowledged} acknowledged, {f.Awaiting} awaiting");
        });
        Assert.Equal(6, chiefs.Count);
        Assert.Equal(6, leaks.Count);
        Assert.All(leaks, l => Assert.True(l.Awaiting >= 2 && l.Articles >= 1));
        Assert.True(await db.MediaContacts.CountAsync(MediaRules.NotNotifiedInAdvance) > 0);
        var cumbria = await db.ForceSettings.SingleAsync(s => s.Force!.Code == "cumbria");
        Assert.True(cumbria.MediaAdvanceNoticeRequired);
        Assert.Equal("Marketing and Communications Department", cumbria.MediaDepartmentName);
        Assert.Equal(1, await db.ForceSettings.CountAsync(s => s.MediaAdvanceNoticeRequired));
    }
}
