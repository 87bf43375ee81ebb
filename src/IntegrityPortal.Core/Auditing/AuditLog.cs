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
