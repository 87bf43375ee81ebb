using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Tests.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Reporting;

/// <summary>
/// The dashboard counts each register's nine quarters in one grouped query. Each quarter must
/// get exactly what the register's period figures give for it, even for records that changed
/// in a later quarter: declarations amended and reviewed later, contacts acknowledged and leaks
/// answered later, cases closed, reopened and closed again.
/// </summary>
public class QuarterlyFiguresTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public async Task GiftsAndMedia_ByQuarter_EqualThePeriodFiguresOfEachQuarter()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: true);
        var (cumbria, officer, organisation) = await CumbriaAsync(path);

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        // Declared on the day, then changed on a later day (null: never), each change a dated step.
        var declarations = new (DateOnly Declared, DateOnly? Amended, DateOnly? Reviewed)[]
        {
            (new(2025, 2, 10), new(2025, 5, 1), new(2025, 8, 1)),
            (new(2025, 6, 30), null, new(2025, 7, 1)),
            (new(2026, 3, 31), new(2026, 3, 31), new(2026, 4, 1)),
            (new(2026, 4, 1), null, new(2026, 4, 2)),
            (new(2026, 10, 5), new(2026, 11, 2), null),
        };
        foreach (var (declared, amended, reviewed) in declarations)
        {
            int id;
            await using (var db = TestDatabase.Open(path, psd, new At(declared)))
            {
                var declarant = await db.People.SingleAsync(p => p.Id == officer);
                var declaration = await new GiftWorkflow(db).DeclareAsync(declarant, GiftRulesTests.Offer(offeredOn: declared.AddDays(-3), outcome: OfferOutcome.Declined, organisationId: organisation));
                await db.SaveChangesAsync();
                id = declaration.Id;
            }

            if (amended is { } on)
            {
                await using var db = TestDatabase.Open(path, psd, new At(on));
                var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
                await new GiftWorkflow(db).AmendAsync(declaration,
                    GiftRulesTests.Offer(offeredOn: declared.AddDays(-3), valuePence: 3_000, outcome: OfferOutcome.Accepted, disposal: GiftDisposal.KeptByForce, organisationId: organisation), "Accepted after all");
                await db.SaveChangesAsync();
            }

            if (reviewed is { } day)
            {
                await using var db = TestDatabase.Open(path, psd, new At(day));
                new GiftWorkflow(db).Review(await db.GiftDeclarations.SingleAsync(d => d.Id == id), null, ReviewStatus.NeedsAction, "Check the supplier");
                await db.SaveChangesAsync();
            }
        }

        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            // Contacts acknowledged in a later quarter, and a flag answered in a later quarter.
            foreach (var (contacted, acknowledged) in new[] { (new DateTime(2025, 3, 31, 22, 30, 0, DateTimeKind.Utc), new DateTime(2025, 4, 2, 9, 0, 0, DateTimeKind.Utc)), (new DateTime(2026, 6, 30, 10, 0, 0, DateTimeKind.Utc), new DateTime(2026, 6, 30, 22, 59, 0, DateTimeKind.Utc)) })
            {
                var contact = await SuspectedLeakData.ContactAsync(system, "officer.cumbria", "Jo Reporter", "Cumbrian Echo", contacted);
                contact.AcknowledgedUtc = acknowledged;
                var leak = await SuspectedLeakData.FlagAsync(system, contact);
                leak.FlaggedUtc = contacted.AddHours(1);
                leak.Status = SuspectedLeakStatus.NoCaseOpened;
                leak.AnsweredOn = DateOnly.FromDateTime(acknowledged).AddMonths(2);
                leak.PsdNote = "The details were in the court list";
                await system.SaveChangesAsync();
            }
        }

        await using var read = TestDatabase.OpenAsSystem(path);
        var quarters = DashboardQuarters.Containing(Today);
        var gifts = await GiftFigures.ByQuarterAsync(read, cumbria, quarters);
        var media = await MediaFigures.ByQuarterAsync(read, cumbria, quarters);
        foreach (var (quarter, index) in quarters.All.Select((q, i) => (q, i)))
        {
            Assert.Equal(await GiftFigures.ForPeriodAsync(read, cumbria, quarter.FirstDay, quarter.LastDay), gifts[index].Figures);
            Assert.Equal(await MediaFigures.ForPeriodAsync(read, cumbria, quarter.FirstDay, quarter.LastDay), media[index].Figures);
        }

        // Later steps were left out: read today, the first quarter of 2025 has more reviewed and acknowledged.
        var q1of2025 = new Quarter(2025, 1);
        var first = quarters.All.ToList().IndexOf(q1of2025);
        Assert.True((await GiftFigures.ForPeriodAsync(read, cumbria, q1of2025.FirstDay, Today)).Reviewed > gifts[first].Figures.Reviewed);
        Assert.True((await MediaFigures.ForPeriodAsync(read, cumbria, q1of2025.FirstDay, Today)).Acknowledged > media[first].Figures.Acknowledged);
    }

    [Fact]
    public async Task MedianDaysToDeclare_ByQuarter_IsEachQuartersMedian()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        var (cumbria, officer, organisation) = await CumbriaAsync(path);

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        // Q3 2026: 1, 3 and 10 days (median 3); Q4 2026: 2 and 5 days (median 3.5).
        foreach (var (declared, days) in new[] { (new DateOnly(2026, 7, 1), 1), (new DateOnly(2026, 8, 1), 3), (new DateOnly(2026, 9, 30), 10), (new DateOnly(2026, 10, 1), 2), (new DateOnly(2026, 11, 19), 5) })
        {
            await using var db = TestDatabase.Open(path, psd, new At(declared));
            var declarant = await db.People.SingleAsync(p => p.Id == officer);
            await new GiftWorkflow(db).DeclareAsync(declarant, GiftRulesTests.Offer(offeredOn: declared.AddDays(-days), organisationId: organisation));
            await db.SaveChangesAsync();
        }

        await using var read = TestDatabase.OpenAsSystem(path);
        var medians = await GiftFigures.MedianDaysToDeclareByQuarterAsync(read, cumbria, DashboardQuarters.Containing(Today));

        Assert.Equal([null, null, null, null, null, null, null, 3.0, 3.5], medians.Select(m => m.Figures));
    }

    [Fact]
    public async Task Cases_ByQuarter_CountOpenedClosedAndContinuingAsTheyStoodAtEachQuartersEnd()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        int cumbria;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        }

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        int reopened;
        await using (var db = TestDatabase.Open(path, psd, new At(new DateOnly(2025, 3, 10))))
        {
            var workflow = new InvestigationWorkflow(db);
            var oldClosed = await workflow.OpenAsync(cumbria, InvestigationCategory.Other, InvestigationOrigin.InternalReferral, new DateOnly(2023, 5, 1), "Closed long ago");
            await db.SaveChangesAsync();
            workflow.Close(oldClosed, new DateOnly(2023, 9, 1), InvestigationOutcome.NoCaseToAnswer, null);
            var again = await workflow.OpenAsync(cumbria, InvestigationCategory.Other, InvestigationOrigin.InternalReferral, new DateOnly(2025, 1, 15), "Closed, reopened, closed");
            await db.SaveChangesAsync();
            workflow.Close(again, new DateOnly(2025, 3, 10), InvestigationOutcome.NoCaseToAnswer, null);
            await db.SaveChangesAsync();
            reopened = again.Id;
        }

        await using (var db = TestDatabase.Open(path, psd, new At(new DateOnly(2026, 2, 1))))
        {
            var workflow = new InvestigationWorkflow(db);
            workflow.Reopen(await db.Investigations.SingleAsync(i => i.Id == reopened), "New evidence");
            await db.SaveChangesAsync();
            await workflow.OpenAsync(cumbria, InvestigationCategory.Other, InvestigationOrigin.InternalReferral, new DateOnly(2026, 2, 1), "Still open");
            await db.SaveChangesAsync();
        }

        await using (var db = TestDatabase.Open(path, psd, new At(new DateOnly(2026, 5, 5))))
        {
            new InvestigationWorkflow(db).Close(await db.Investigations.SingleAsync(i => i.Id == reopened), new DateOnly(2026, 5, 5), InvestigationOutcome.NoCaseToAnswer, null);
            await db.SaveChangesAsync();
        }

        await using var read = TestDatabase.OpenAsSystem(path);
        var quarters = DashboardQuarters.Containing(Today);
        var counted = await InvestigationFigures.ByQuarterAsync(read, cumbria, quarters);

        // The same, worked out here from every case and step of the force, quarter by quarter.
        var cases = await read.Investigations.Where(i => i.ForceId == cumbria).Include(i => i.StatusChanges).ToListAsync();
        var expected = quarters.All.Select(q => new CaseQuarter(
            cases.Count(c => c.OpenedOn >= q.FirstDay && c.OpenedOn <= q.LastDay),
            cases.Count(c => c.StatusChanges.Any(s => s.Status == InvestigationStatus.Closed && s.EffectiveOn >= q.FirstDay && s.EffectiveOn <= q.LastDay)),
            cases.Count(c => c.OpenedOn <= q.LastDay
                && c.StatusChanges.Where(s => s.EffectiveOn <= q.LastDay).OrderByDescending(s => s.Id).FirstOrDefault()?.Status != InvestigationStatus.Closed)));
        Assert.Equal(expected, counted.Select(c => c.Figures));
        // The reopened case: closed in Q1 2025, continuing at the end of Q1 2026, closed in Q2 2026.
        var byQuarter = counted.ToDictionary(c => c.Quarter, c => c.Figures);
        Assert.True(byQuarter[new Quarter(2025, 1)].Closed >= 1);
        Assert.True(byQuarter[new Quarter(2026, 1)].ContinuingAtEnd > byQuarter[new Quarter(2025, 4)].ContinuingAtEnd);
        Assert.True(byQuarter[new Quarter(2026, 2)].Closed >= 1);
    }

    private static async Task<(int Cumbria, int Officer, int Organisation)> CumbriaAsync(string path)
    {
        await using var system = TestDatabase.OpenAsSystem(path);
        var cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var officer = await system.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
        var organisation = new Organisation { ForceId = cumbria, Name = "Quarterly Figures Catering Ltd" };
        system.Organisations.Add(organisation);
        await system.SaveChangesAsync();
        return (cumbria, officer, organisation.Id);
    }

    private sealed class At(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
    }
}
