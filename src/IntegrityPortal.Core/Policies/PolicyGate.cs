using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Policies;

/// <summary>The policy version a person must confirm before acting on a register.</summary>
public sealed record PolicyBlock(int VersionId, string Title, int Number);

/// <summary>
/// A force may require those who review or decide a register's records to have confirmed the
/// current version of the register's policy first (<see cref="Forces.ForceSettings.PolicyConfirmationBeforeActing"/>).
/// The rule is the acting person's force's, so it is the same on one record and on a bulk page
/// that spans an alliance, and reads only the person's own force. "Current" is the newest published version of each policy on the
/// subject; a person outside its audience has no task and is not blocked, because they could
/// never confirm it.
/// </summary>
public static class PolicyGate
{
    /// <summary>The version the person has still to confirm, or null when nothing stops them.</summary>
    public static async Task<PolicyBlock?> BlockingAsync(IntegrityDbContext db, int? personId, PolicySubject subject, CancellationToken ct)
    {
        if (personId is null)
        {
            return null;
        }

        var required = await db.People.Where(p => p.Id == personId)
            .Join(db.ForceSettings, p => p.ForceId, s => s.ForceId, (_, s) => s.PolicyConfirmationBeforeActing)
            .FirstOrDefaultAsync(ct);
        if (!required)
        {
            return null;
        }

        return await db.PolicyTasks
            .Where(t => t.PersonId == personId && t.ConfirmedUtc == null
                        && t.PolicyVersion!.Policy!.Subject == subject
                        && !t.PolicyVersion.Policy.Versions.Any(v => v.Status == PolicyVersionStatus.Published && v.Number > t.PolicyVersion.Number))
            .OrderBy(t => t.DueOn)
            .Select(t => new PolicyBlock(t.PolicyVersionId, t.PolicyVersion!.Policy!.Title, t.PolicyVersion.Number))
            .FirstOrDefaultAsync(ct);
    }
}
