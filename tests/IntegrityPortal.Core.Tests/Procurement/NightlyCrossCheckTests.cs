using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Procurement;

public class NightlyCrossCheckTests
{
    [Fact]
    public async Task TwoRunnersAtOnce_OnlyOneTakesTheLease_AndTheRunIsRecorded()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var first = TestDatabase.Open(path, SystemActor.Instance);
        await using var second = TestDatabase.Open(path, SystemActor.Instance);

        var taken = await Task.WhenAll(
            Task.Run(() => NightlyCrossCheck.TryTakeLeaseAsync(first, "node-a")),
            Task.Run(() => NightlyCrossCheck.TryTakeLeaseAsync(second, "node-b")));

        Assert.Single(taken, t => t);
        await using (var check = TestDatabase.OpenAsSystem(path))
        {
            var row = await check.CrossCheckRuns.SingleAsync();
            Assert.Equal(taken[0] ? "node-a" : "node-b", row.LeaseHolder);
        }

        // While the lease is held, a full run elsewhere does nothing; once it lapses, a run takes it, runs and frees it.
        await using var third = TestDatabase.Open(path, SystemActor.Instance);
        Assert.Null(await NightlyCrossCheck.RunAsync(third, "node-c"));
        await third.CrossCheckRuns.ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseExpiresUtc, DateTime.UtcNow.AddMinutes(-1)));
        var found = await NightlyCrossCheck.RunAsync(third, "node-c");

        // The demonstration data's matches were raised when it was seeded, so the night finds nothing new.
        Assert.Equal(0, found);
        await using var after = TestDatabase.OpenAsSystem(path);
        var run = await after.CrossCheckRuns.SingleAsync();
        Assert.Null(run.LeaseHolder);
        Assert.NotNull(run.LastFinishedUtc);
        Assert.Equal(0, run.LastMatchesFound);
        Assert.True(run.LastDurationMilliseconds >= 0);
    }
}
