using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Policies;

/// <summary>Email reminders: in forces that switch them on, each open task once when new and once more when overdue.</summary>
public class PolicyReminderTests
{
    [Fact]
    public async Task OnlyForcesWithRemindersOn_EachOpenTaskOnce_AndOverdueOnesOnceMore()
    {
        await using var db = TestDatabase.OpenAsSystem(await TestDatabase.CreateCopyAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Empty(await PolicyReminders.NextBatchAsync(db, today, default));

        var thamesValley = await db.ForceSettings.SingleAsync(s => s.Force!.Code == "thames-valley");
        thamesValley.PolicyEmailReminders = true;
        await db.SaveChangesAsync();
        var open = await db.PolicyTasks.Where(t => t.ForceId == thamesValley.ForceId && t.ConfirmedUtc == null).Select(t => new { t.Id, t.DueOn }).ToListAsync();
        var expected = open.Select(t => (t.Id, PolicyReminderKind.ToRead))
            .Concat(open.Where(t => t.DueOn < today).Select(t => (t.Id, PolicyReminderKind.Overdue)))
            .Order().Take(PolicyReminders.BatchSize).ToList();
        Assert.Contains(expected, e => e.Item2 == PolicyReminderKind.Overdue);

        var batch = await PolicyReminders.NextBatchAsync(db, today, default);

        Assert.Equal(expected, batch.Select(r => (r.TaskId, r.Kind)).ToList());
        Assert.All(batch, r => Assert.Equal(thamesValley.ForceId, r.ForceId));
        var first = batch[0];
        Assert.True(await PolicyReminders.TryClaimAsync(db, first, default));
        // A second node claiming the same reminder is refused, so it is never sent twice.
        Assert.False(await PolicyReminders.TryClaimAsync(db, first, default));
        var next = await PolicyReminders.NextBatchAsync(db, today, default);
        Assert.DoesNotContain(next, r => r.TaskId == first.TaskId && r.Kind == first.Kind);
    }
}
