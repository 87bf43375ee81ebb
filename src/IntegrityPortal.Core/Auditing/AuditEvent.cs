using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// One entry of the audit trail. Written by the DbContext in the same transaction as the
/// change it records, or by <see cref="AuditLog"/> for reads and exports. Never changed.
/// </summary>
public class AuditEvent : IAppendOnly
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>The roles the user held at the time, comma-separated.</summary>
    public required string Roles { get; set; }

    /// <summary>The user's home force at the time.</summary>
    public int? ActorForceId { get; set; }

    /// <summary>The force that owns the record; null for national records (forces, accounts of national users).</summary>
    public int? RecordForceId { get; set; }

    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>JSON: the values set (created) or each changed property's old and new value.</summary>
    public string? Changes { get; set; }

    public string? Justification { get; set; }
}
