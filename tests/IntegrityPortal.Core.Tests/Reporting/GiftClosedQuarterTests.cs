using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Reporting.Dashboard;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Tests.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Reporting;

/// <summary>
/// The dashboard stores a force's gift measures for each quarter that has ended, the first time
/// it counts them, and reads them from then on (decision 0074). What it stores must be what the
/// figures classes count; the current quarter is always counted.
/// </summary>
public class GiftClosedQuarterTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public async Task Dashboard_StoresEachEndedQuarter_AsCounted_AndReadsItBack()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        int cumbria, officer, organisation;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            officer = await system.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
            var made = new Organisation { ForceId = cumbria, Name = "Closed Quarter Catering Ltd" };
            system.Organisations.Add(made);
            await system.SaveChangesAsync();
            organisation = made.Id;
        }

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        // Declared on the first day, reviewed on the second (null: never): some reviewed in a later quarter.
        foreach (var (declared, reviewed) in new (DateOnly, DateOnly?)[]
                 {
                     (new(2025, 2, 10), new(2025, 4, 20)), (new(2025, 9, 29), null), (new(2026, 3, 31), new(2026, 4, 1)),
                     (new(2026, 6, 1), new(2026, 6, 2)), (new(2026, 10, 5), null), (new(2026, 11, 19), null),
                 })
        {
            int id;
            await using (var db = TestDatabase.Open(path, psd, new At(declared)))
            {
                var declarant = await db.People.SingleAsync(p => p.Id == officer);
                var declaration = await new GiftWorkflow(db).DeclareAsync(declarant, GiftRulesTests.Offer(offeredOn: declared.AddDays(-4), organisationId: organisation));
                await db.SaveChangesAsync();
                id = declaration.Id;
            }

            if (reviewed is { } day)
            {
                await using var db = TestDatabase.Open(path, psd, new At(day));
                new GiftWorkflow(db).Review(await db.GiftDeclarations.SingleAsync(d => d.Id == id), null, ReviewStatus.Reviewed, null);
                await db.SaveChangesAsync();
            }
        }

        var quarters = DashboardQuarters.Containing(Today);
        ForceDashboard first;
        await using (var db = TestDatabase.Open(path, psd, new At(Today)))
        {
            first = await ForceDashboard.LoadAsync(db, cumbria, Today);
        }

        await using (var read = TestDatabase.OpenAsSystem(path))
        {
            // The first view stored the eight quarters that have ended, and not the current one.
            var stored = await read.Set<GiftClosedQuarter>().Where(c => c.ForceId == cumbria).OrderBy(c => c.FirstDay).Select(c => c.FirstDay).ToListAsync();
            Assert.Equal(quarters.All.SkipLast(1).Select(q => q.FirstDay), stored);

            // What it showed is what the figures classes count, quarter by quarter.
            Assert.Equal(await GiftFigures.ByQuarterAsync(read, cumbria, quarters), first.Gifts);
            Assert.Equal(await GiftFigures.MedianDaysToDeclareByQuarterAsync(read, cumbria, quarters), first.GiftMedianDaysToDeclare);
            Assert.Equal(await quarters.EachAsync(q => GiftFigures.ReviewBacklogOnAsync(read, cumbria, quarters.AsAt(q))), first.GiftReviewBacklog);
            Assert.Contains(first.Gifts, q => q.Figures.Declared > 0 && quarters.HasEnded(q.Quarter));
            Assert.Contains(first.GiftReviewBacklog, q => q.Figures.Count > 0 && quarters.HasEnded(q.Quarter));

            // Later views read the stored figures: a stored row changed by hand shows through.
            await read.Set<GiftClosedQuarter>().Where(c => c.ForceId == cumbria && c.FirstDay == new DateOnly(2025, 1, 1))
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.Declared, 999));
        }

        await using (var db = TestDatabase.Open(path, psd, new At(Today)))
        {
            var second = await ForceDashboard.LoadAsync(db, cumbria, Today);
            Assert.Equal(999, second.Gifts.Single(q => q.Quarter == new Quarter(2025, 1)).Figures.Declared);
            Assert.Equal(first.Gifts[^1], second.Gifts[^1]);
            Assert.Equal(first.GiftReviewBacklog, second.GiftReviewBacklog);
        }
    }

    [Fact]
    public async Task ManyFirstViewsAtOnce_StoreEachQuarterOnce_WithoutARefusedSave()
    {
        var path = await TestDatabase.CreateCopyAsync();
        int cumbria;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
            Assert.False(await system.Set<GiftClosedQuarter>().AnyAsync(c => c.ForceId == cumbria));
        }

        var psd = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        var refused = new RefusedSaves();
        var options = new DbContextOptionsBuilder<IntegrityDbContext>()
            .UseSqlite(TestDatabase.ConnectionString(path))
            .AddInterceptors(refused)
            .Options;

        // Eight views of a dashboard that has stored nothing yet, at once, each on its own context
        // and thread (SQLite's calls complete synchronously, so without threads they would queue).
        var views = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = new IntegrityDbContext(options, psd, new At(Today));
            return await ForceDashboard.LoadAsync(db, cumbria, Today);
        })));

        // Each view stored what was missing; none had a save refused by the key (which EF logs as an error).
        Assert.Equal(0, refused.Count);
        await using var read = TestDatabase.OpenAsSystem(path);
        var stored = await read.Set<GiftClosedQuarter>().Where(c => c.ForceId == cumbria).Select(c => c.FirstDay).ToListAsync();
        Assert.Equal(DashboardQuarters.Containing(Today).All.SkipLast(1).Select(q => q.FirstDay).Order(), stored.Order());
        Assert.All(views, v => Assert.Equal(views[0].Gifts, v.Gifts));
    }

    private sealed class RefusedSaves : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        private int count;

        public int Count => count;

        public override Task SaveChangesFailedAsync(Microsoft.EntityFrameworkCore.Diagnostics.DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }
    }

    private sealed class At(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
    }
}
