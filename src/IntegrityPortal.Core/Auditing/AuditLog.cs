using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// Records what the change tracker cannot see: a read of a sensitive record (consultation)
/// and an export of records (disclosure). Changes are recorded by the DbContext itself.
/// </summary>
/// <remarks>
/// An event is written once for every force it concerns, each copy carrying that force as
/// <see cref="AuditEvent.RecordForceId"/>: an alliance PSD's search over both alliance forces
/// appears in both forces' trails, and the audit page keeps its one indexed filter by force.
/// The copies of one event share the time, user, record and details. An event concerning no
/// force (a national record, or a national user's search over every force) is written once
/// without a force, and only national users see it.
/// </remarks>
public sealed class AuditLog(IntegrityDbContext db, AuditGroupCommit? groupCommit = null)
{
    public Task RecordReadAsync(string entityType, string entityId, int? recordForceId, string? justification = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Read, entityType, entityId, Forces(recordForceId), null, justification, ct);

    /// <summary>A read that covered several forces, such as an alliance PSD's search over every force it serves.</summary>
    public Task RecordReadOfForcesAsync(string entityType, string entityId, IReadOnlyCollection<int> forceIds, string? justification = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Read, entityType, entityId, forceIds, null, justification, ct);

    /// <param name="description">What was exported: the register and the filter applied, never the rows.</param>
    public Task RecordExportAsync(string entityType, string description, int? recordForceId, int rowCount, CancellationToken ct = default) =>
        RecordExportOfForcesAsync(entityType, description, Forces(recordForceId), rowCount, ct);

    /// <summary>An export whose rows came from several forces; recorded in each force's trail.</summary>
    public Task RecordExportOfForcesAsync(string entityType, string description, IReadOnlyCollection<int> forceIds, int rowCount, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Export, entityType, "(export)", forceIds,
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

    /// <summary>
    /// The forces a read or export concerns: the one given, or, when none is (a search over
    /// every force the user serves), each force of the user's scope. Only a national user's
    /// search has no force; it is recorded once, in the national trail.
    /// </summary>
    private IReadOnlyCollection<int> Forces(int? forceId) =>
        forceId is { } id ? [id]
        : db.Actor.Scope.SeesAllForces ? []
        : db.Actor.Scope.ForceIds.ToArray();

    private async Task WriteAsync(AuditAction action, string entityType, string entityId, IReadOnlyCollection<int> forceIds, string? changes, string? justification, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        IEnumerable<int?> forces = forceIds.Count == 0 ? [null] : forceIds.Distinct().Order().Select(id => (int?)id);
        var events = new List<AuditEvent>();
        foreach (var forceId in forces)
        {
            events.Add(new AuditEvent
            {
                OccurredUtc = now,
                UserId = db.Actor.UserId,
                UserName = db.Actor.UserName,
                Roles = string.Join(",", db.Actor.Roles),
                ActorForceId = db.Actor.HomeForceId,
                RecordForceId = forceId,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                Changes = changes,
                Justification = justification is { Length: > AuditEventLimits.Justification } ? justification[..AuditEventLimits.Justification] : justification,
            });
        }

        // Reads and exports share transactions with other users' (group commit). Events that
        // must commit with the page's own pending changes, or without the group writer, are
        // saved by the page's context as before.
        if (groupCommit is not null && !db.ChangeTracker.HasChanges() && db.Database.CurrentTransaction is null)
        {
            await groupCommit.WriteAsync(events, ct);
            return;
        }

        db.AuditEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Column sizes of the audit trail that callers' text must fit.</summary>
public static class AuditEventLimits
{
    public const int Justification = 2000;
}
