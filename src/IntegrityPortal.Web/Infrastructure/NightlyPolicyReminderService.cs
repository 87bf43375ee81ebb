using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Emails policy reminders once a night, at the hour of the other nightly work
/// (<see cref="NightlyService"/>), where the deployment has email configured
/// and the force has switched reminders on: each person once for the policies they have to read,
/// and once more, with their line manager, when the read-by date has passed. Each reminder is
/// recorded before it is sent (<see cref="PolicyReminders.TryClaimAsync"/>), so two web nodes
/// never send the same one. An email names the policy and the date, never a person; a line
/// manager is told how many of their team's confirmations are overdue and where to see them.
/// </summary>
public sealed class NightlyPolicyReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EmailSettings> email,
    INotificationSender sender, ILogger<NightlyPolicyReminderService> logger) : NightlyService(clock, logger)
{
    protected override string Job => "policy reminders";

    // Unsent reminders are not recorded, so a failed night's are sent the next night.
    protected override Task RunOnceAsync(CancellationToken ct) => RemindAsync(ct);

    /// <summary>One night's reminders, a batch at a time; returns how many emails were sent.</summary>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        if (!email.Value.IsOn)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrityDbContext>();
        var today = UkTime.Today(Clock);
        var sent = 0;
        while (await PolicyReminders.NextBatchAsync(db, today, ct) is { Count: > 0 } batch)
        {
            var claimed = new List<PolicyReminderDue>();
            foreach (var due in batch)
            {
                if (await PolicyReminders.TryClaimAsync(db, due, ct))
                {
                    claimed.Add(due);
                }
            }

            if (claimed.Count == 0)
            {
                break; // Another node is sending this batch; it will go on to the rest.
            }

            sent += await SendAsync(db, claimed, ct);
        }

        logger.LogInformation("Nightly policy reminders: {Emails} emails sent", sent);
        return sent;
    }

    private async Task<int> SendAsync(IntegrityDbContext db, IReadOnlyList<PolicyReminderDue> claimed, CancellationToken ct)
    {
        var managers = claimed.Where(r => r.Kind == PolicyReminderKind.Overdue && r.LineManagerId is not null).Select(r => r.LineManagerId!.Value);
        var people = claimed.Select(r => r.PersonId).Concat(managers).Distinct().ToList();
        var addresses = await db.Users.Where(u => u.PersonId != null && people.Contains(u.PersonId.Value) && u.Email != null && !u.IsDisabled)
            .Select(u => new { PersonId = u.PersonId!.Value, Email = u.Email! })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var (personId, reminders) in claimed.GroupBy(r => r.PersonId).Select(g => (g.Key, g.ToList())))
        {
            // A task new and already overdue on the same night is one line, saying it is overdue.
            var lines = reminders.GroupBy(r => r.TaskId).Select(g => g.MaxBy(r => r.Kind)!).Select(r => $"- {r.Title} (version {r.Number}): {(r.Kind == PolicyReminderKind.Overdue ? "its read-by date, " + UkFormat.Date(r.DueOn) + ", has passed" : "read it by " + UkFormat.Date(r.DueOn))}");
            var body = "You have policies to read and confirm that you have read and understood:\n" + string.Join('\n', lines)
                       + "\n\nSign in to the Integrity Portal: they are listed on your home page.";
            sent += await SendToAsync(addresses.Where(a => a.PersonId == personId).Select(a => a.Email), "Integrity Portal: policies for you to read", body, ct);
        }

        foreach (var (managerId, count) in claimed.Where(r => r.Kind == PolicyReminderKind.Overdue && r.LineManagerId is not null)
                     .GroupBy(r => r.LineManagerId!.Value).Select(g => (g.Key, g.Count())))
        {
            var body = $"{(count == 1 ? "One policy confirmation" : $"{count} policy confirmations")} of your team passed the read-by date. "
                       + "Sign in to the Integrity Portal and open your team's policies (/Policies/Team) to see whose.";
            sent += await SendToAsync(addresses.Where(a => a.PersonId == managerId).Select(a => a.Email), "Integrity Portal: your team's policy confirmations are overdue", body, ct);
        }

        return sent;
    }

    private async Task<int> SendToAsync(IEnumerable<string> addresses, string subject, string body, CancellationToken ct)
    {
        var sent = 0;
        foreach (var address in addresses)
        {
            await sender.SendAsync(new Notification(address, subject, body), ct);
            sent++;
        }

        return sent;
    }
}
