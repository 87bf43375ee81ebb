using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Tests.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Reporting;

/// <summary>The gifts and media figures of a period that has ended stay the same after later amendments, reviews and answers.</summary>
public class PastPeriodFiguresTests
{
    private static readonly DateOnly March = new(2026, 3, 10);
    private static readonly DateOnly June = new(2026, 6, 15);

    [Fact]
    public async Task AGiftDeclarationAmendedAndReviewedLater_CountsAsItStoodAtTheEndOfEachPeriod()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        int cumbria, officer, organisation, id;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            officer = await system.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
            var supplier = new Organisation { ForceId = cumbria, Name = "Figures Test Catering Ltd" };
            system.Organisations.Add(supplier);
            await system.SaveChangesAsync();
            organisation = supplier.Id;
        }

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        await using (var db = TestDatabase.Open(path, psd, new At(March)))
        {
            var declarant = await db.People.SingleAsync(p => p.Id == officer);
            var declaration = await new GiftWorkflow(db).DeclareAsync(declarant,
                GiftRulesTests.Offer(offeredOn: March.AddDays(-2), valuePence: 2_000, outcome: OfferOutcome.Declined, organisationId: organisation));
            await db.SaveChangesAsync();
            id = declaration.Id;
        }

        var marchBefore = await FiguresAsync(path, cumbria, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

        await using (var db = TestDatabase.Open(path, psd, new At(June)))
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
            await new GiftWorkflow(db).AmendAsync(declaration,
                GiftRulesTests.Offer(offeredOn: March.AddDays(-2), valuePence: 2_000, outcome: OfferOutcome.Accepted, disposal: GiftDisposal.KeptByForce, organisationId: organisation),
                "I accepted it after all");
            new GiftWorkflow(db).Review(declaration, null, ReviewStatus.Reviewed, null);
            await db.SaveChangesAsync();
        }

        var marchAfter = await FiguresAsync(path, cumbria, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var toJune = await FiguresAsync(path, cumbria, new DateOnly(2026, 3, 1), June);

        Assert.Equal(new GiftFigures(1, 0, 0, 0, 1, 0, 0, 0, 0, 0), marchBefore);
        Assert.Equal(marchBefore, marchAfter);
        Assert.Equal((1, 1, 0, 2_000L, 1), (toJune.Declared, toJune.Accepted, toJune.Declined, toJune.AcceptedValuePence, toJune.Reviewed));
    }

    [Fact]
    public async Task ASuspectedLeakAnsweredAfterThePeriod_StillAwaitsPsdInIt()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var system = TestDatabase.OpenAsSystem(path);
        var cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var contact = await SuspectedLeakData.ContactAsync(system, "officer.cumbria", "Jo Reporter", "Cumbrian Echo", new DateTime(2026, 3, 10, 10, 0, 0, DateTimeKind.Utc));
        var leak = await SuspectedLeakData.FlagAsync(system, contact);
        leak.FlaggedUtc = new DateTime(2026, 3, 11, 9, 0, 0, DateTimeKind.Utc);
        leak.Status = SuspectedLeakStatus.NoCaseOpened;
        leak.AnsweredOn = June;
        leak.PsdNote = "The details were in the court list";
        await system.SaveChangesAsync();

        var march = await MediaFigures.ForPeriodAsync(system, cumbria, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        var toJune = await MediaFigures.ForPeriodAsync(system, cumbria, new DateOnly(2026, 3, 1), June);

        Assert.Equal((1, 1, 0, 0, 1), (march.ContactsLogged, march.SuspectedLeaks, march.LeaksCaseOpened, march.LeaksNoCase, march.LeaksAwaitingPsd));
        Assert.Equal((1, 0), (toJune.LeaksNoCase, toJune.LeaksAwaitingPsd));
    }

    private static async Task<GiftFigures> FiguresAsync(string path, int forceId, DateOnly from, DateOnly to)
    {
        await using var db = TestDatabase.OpenAsSystem(path);
        return await GiftFigures.ForPeriodAsync(db, forceId, from, to);
    }

    private sealed class At(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
    }
}
