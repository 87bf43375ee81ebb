using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// Records what the change tracker cannot see: a read of a sensitive record (consultation)
/// and an export of records (disclosure). Changes are recorded by the DbContext itself.
/// </summary>
public sealed class AuditLog(IntegrityDbContext db)
{
    public Task RecordReadAsync(string entityType, string entityId, int? recordForceId, string? justification = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Read, entityType, entityId, recordForceId, null, justification, ct);

    /// <param name="description">What was exported: the register and the filter applied, never the rows.</param>
    public Task RecordExportAsync(string entityType, string description, int? recordForceId, int rowCount, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Export, entityType, "(export)", recordForceId,
            System.Text.Json.JsonSerializer.Serialize(new { description, rows = rowCount }), null, ct);

    /// <summary>The entity type of security events; the entity id is the account's id.</summary>
    public const string SecurityEventType = "AccountSecurity";

    /// <summary>
    /// A security event of an account (<see cref="AuditAction.SignedIn"/> and the others). It
    /// belongs to the account's force, so that force's PSD sees it; national accounts' events
    /// are seen nationally. Before sign-in completes the request has no user, so the account
    /// itself is named as the one acting. Never a password, a code or a typed user name.
    /// </summary>
    /// <param name="account">The account concerned; null when the name typed matches no account.</param>
    /// <param name="accountRoles">The account's roles, recorded when the account is the one acting.</param>
    /// <param name="detail">What happened, in a few words ("wrong password", "reset by an administrator").</param>
    /// <param name="byAccount">False when a signed-in user acted on the account (an administrator's reset).</param>
    public Task RecordSecurityEventAsync(AuditAction action, Identity.ApplicationUser? account, IReadOnlyCollection<string> accountRoles,
        string detail, bool byAccount = true, CancellationToken ct = default)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredUtc = db.Clock.GetUtcNow().UtcDateTime,
            UserId = byAccount ? account?.Id : db.Actor.UserId,
            UserName = byAccount ? account?.UserName ?? "(unknown account)" : db.Actor.UserName,
            Roles = string.Join(",", byAccount ? accountRoles : db.Actor.Roles),
            ActorForceId = byAccount ? account?.ForceId : db.Actor.HomeForceId,
            RecordForceId = account?.ForceId,
            Action = action,
            // Not "ApplicationUser": these are events of the account, not changes to its record.
            EntityType = SecurityEventType,
            EntityId = account?.Id ?? "(unknown account)",
            Changes = System.Text.Json.JsonSerializer.Serialize(new { @event = detail }),
        });
        return db.SaveChangesAsync(ct);
    }

    private async Task WriteAsync(AuditAction action, string entityType, string entityId, int? recordForceId, string? changes, string? justification, CancellationToken ct)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredUtc = db.Clock.GetUtcNow().UtcDateTime,
            UserId = db.Actor.UserId,
            UserName = db.Actor.UserName,
            Roles = string.Join(",", db.Actor.Roles),
            ActorForceId = db.Actor.HomeForceId,
            RecordForceId = recordForceId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = changes,
            Justification = justification,
        });
        await db.SaveChangesAsync(ct);
    }
}
