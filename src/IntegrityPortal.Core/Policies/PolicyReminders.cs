using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Policies;

public enum PolicyReminderKind
{
    /// <summary>The task is new: the person is told there is a policy to read.</summary>
    ToRead = 1,

    /// <summary>The read-by date has passed: the person and their line manager are told.</summary>
    Overdue = 2,
}

/// <summary>
/// An email reminder about a task, written once when it is sent. The unique (task, kind) index
/// makes sending exactly once: the node whose insert succeeds sends, any other skips.
/// </summary>
public class PolicyReminder : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int PolicyTaskId { get; set; }
    public PolicyTask? PolicyTask { get; set; }
    public PolicyReminderKind Kind { get; set; }
    public DateTime SentUtc { get; set; }
}

/// <summary>One reminder to send: whose task, about which version, of which kind.</summary>
public sealed record PolicyReminderDue(int TaskId, int ForceId, int PersonId, int? LineManagerId, string Title, int Number, DateOnly DueOn, PolicyReminderKind Kind);

/// <summary>
/// The reminders still to send, in forces that have switched email reminders on
/// (<see cref="Forces.ForceSettings.PolicyEmailReminders"/>): a new task once, and an overdue one
/// once more. Read a batch at a time so a national night never holds every task in memory.
/// </summary>
public static class PolicyReminders
{
    public const int BatchSize = 500;

    public static async Task<IReadOnlyList<PolicyReminderDue>> NextBatchAsync(IntegrityDbContext db, DateOnly today, CancellationToken ct)
    {
        var open = db.PolicyTasks.Where(t => t.ConfirmedUtc == null
                                             && db.ForceSettings.Any(s => s.ForceId == t.ForceId && s.PolicyEmailReminders));
        var toRead = open.Where(t => !db.PolicyReminders.Any(r => r.PolicyTaskId == t.Id && r.Kind == PolicyReminderKind.ToRead))
            .Select(t => new { t.Id, Kind = PolicyReminderKind.ToRead });
        var overdue = open.Where(t => t.DueOn < today && !db.PolicyReminders.Any(r => r.PolicyTaskId == t.Id && r.Kind == PolicyReminderKind.Overdue))
            .Select(t => new { t.Id, Kind = PolicyReminderKind.Overdue });
        var batch = await toRead.Concat(overdue).OrderBy(x => x.Id).ThenBy(x => x.Kind).Take(BatchSize).ToListAsync(ct);
        var ids = batch.Select(x => x.Id).Distinct().ToList();
        var tasks = await db.PolicyTasks.Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.ForceId, t.PersonId, t.Person!.LineManagerId, t.PolicyVersion!.Policy!.Title, t.PolicyVersion.Number, t.DueOn })
            .ToDictionaryAsync(t => t.Id, ct);
        return batch.Select(x => tasks[x.Id])
            .Zip(batch, (t, x) => new PolicyReminderDue(t.Id, t.ForceId, t.PersonId, t.LineManagerId, t.Title, t.Number, t.DueOn, x.Kind))
            .ToList();
    }

    /// <summary>Records the reminder as sent; false when another node recorded it first (then it must not be sent again).</summary>
    public static async Task<bool> TryClaimAsync(IntegrityDbContext db, PolicyReminderDue due, CancellationToken ct)
    {
        db.PolicyReminders.Add(new PolicyReminder { ForceId = due.ForceId, PolicyTaskId = due.TaskId, Kind = due.Kind, SentUtc = db.Clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
