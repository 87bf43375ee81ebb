using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

public class CappedCountTests
{
    private static async Task<string> DatabaseWithAuditEventsAsync(int count)
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(path);
        // The trail is append-only, so top up what the demonstration data already holds.
        var missing = count - await db.AuditEvents.CountAsync();
        await db.Database.ExecuteSqlAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {missing})
            INSERT INTO AuditEvents (OccurredUtc, UserName, Roles, Action, EntityType, EntityId)
            SELECT '2026-01-01 00:00:00', 'test', 'psd', 1, 'Test', i FROM n;
            """);
        Assert.Equal(count, await db.AuditEvents.CountAsync());
        return path;
    }

    [Fact]
    public async Task AtTheCap_CountsExactly()
    {
        var path = await DatabaseWithAuditEventsAsync(CappedCount.Cap);
        await using var db = TestDatabase.OpenAsSystem(path);

        var (count, capped) = await CappedCount.CountAsync(db.AuditEvents.OrderByDescending(e => e.Id));

        Assert.Equal((10_000, false), (count, capped));
        Assert.Equal("10,000", CappedCount.Describe(count, capped));
    }

    [Fact]
    public async Task PastTheCap_SaysMoreThan10000()
    {
        var path = await DatabaseWithAuditEventsAsync(CappedCount.Cap + 1);
        await using var db = TestDatabase.OpenAsSystem(path);

        var (count, capped) = await CappedCount.CountAsync(db.AuditEvents.OrderByDescending(e => e.Id));

        Assert.True(capped);
        Assert.Equal("more than 10,000", CappedCount.Describe(count, capped));
    }

    [Fact]
    public void TheCount_LeavesOutTheSortButNotASortThatChoosesRows()
    {
        using var db = TestDatabase.OpenAsSystem(Path.Combine(Path.GetTempPath(), "model-only.db"));

        var sorted = CappedCount.WithoutOrdering(db.AuditEvents.OrderByDescending(e => e.OccurredUtc).ThenBy(e => e.Id)).ToQueryString();
        var limited = CappedCount.WithoutOrdering(db.AuditEvents.OrderByDescending(e => e.OccurredUtc).Take(5)).ToQueryString();

        Assert.DoesNotContain("ORDER BY", sorted);
        Assert.Contains("ORDER BY", limited);
    }
}
