using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Gifts;

/// <summary>
/// The register's value sort breaks ties by date of offer, then the key (the order of its index):
/// the page and "next in this list" must agree on it.
/// </summary>
public class RegisterValueSortTests
{
    [Fact]
    public async Task EqualValues_GoNewestFirst_OnThePageAndInNextInThisList()
    {
        var path = await TestDatabase.CreateCopyAsync();
        int cumbria, older, newer;
        await using (var system = TestDatabase.OpenAsSystem(path))
        {
            cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync(TestContext.Current.CancellationToken);
            var two = await system.GiftDeclarations.Where(d => d.ForceId == cumbria).OrderBy(d => d.Id).Select(d => d.Id).Take(2).ToListAsync(TestContext.Current.CancellationToken);
            // The lower key gets the newer date, so the key alone would give the other order.
            (newer, older) = (two[0], two[1]);
            var top = await system.GiftDeclarations.MaxAsync(d => d.ValuePence, TestContext.Current.CancellationToken) + 100;
            await system.GiftDeclarations.Where(d => d.Id == newer).ExecuteUpdateAsync(s => s.SetProperty(d => d.ValuePence, top).SetProperty(d => d.OfferedOn, new DateOnly(2026, 6, 2)), TestContext.Current.CancellationToken);
            await system.GiftDeclarations.Where(d => d.Id == older).ExecuteUpdateAsync(s => s.SetProperty(d => d.ValuePence, top).SetProperty(d => d.OfferedOn, new DateOnly(2026, 6, 1)), TestContext.Current.CancellationToken);
        }

        await using var db = TestDatabase.Open(path, new TestActor("psd.test", cumbria, new ForceScope(false, [cumbria]), Roles.Psd));
        var filter = new GiftRegisterFilter();
        var page = await filter.Apply(db.GiftDeclarations, "value-desc").Select(d => d.Id).Take(2).ToListAsync(TestContext.Current.CancellationToken);
        var first = await db.GiftDeclarations.SingleAsync(d => d.Id == newer, TestContext.Current.CancellationToken);
        var second = await db.GiftDeclarations.SingleAsync(d => d.Id == older, TestContext.Current.CancellationToken);

        Assert.Equal([newer, older], page);
        Assert.Equal(older, await filter.NextAfterAsync(db.GiftDeclarations, first, "value-desc", TestContext.Current.CancellationToken));
        Assert.NotEqual(newer, await filter.NextAfterAsync(db.GiftDeclarations, second, "value-desc", TestContext.Current.CancellationToken));
        Assert.Equal(newer, await filter.NextAfterAsync(db.GiftDeclarations, second, "value-asc", TestContext.Current.CancellationToken));
    }
}
