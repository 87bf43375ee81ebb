using IntegrityPortal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Roles).HasMaxLength(500);
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(200);
        builder.Property(e => e.Justification).HasMaxLength(AuditEventLimits.Justification);

        // The audit page filters by force and period, by record and by user, newest first.
        builder.HasIndex(e => new { e.RecordForceId, e.OccurredUtc });
        builder.HasIndex(e => new { e.RecordForceId, e.Action, e.OccurredUtc });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => new { e.UserName, e.OccurredUtc });
        builder.HasIndex(e => e.OccurredUtc);
    }
}
