using IntegrityPortal.Core.Forces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class ForceConfiguration : IEntityTypeConfiguration<Force>
{
    public void Configure(EntityTypeBuilder<Force> builder)
    {
        builder.Property(f => f.Code).HasMaxLength(50);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.HasOne(f => f.Alliance).WithMany(a => a.Forces).HasForeignKey(f => f.AllianceId);
        builder.HasOne(f => f.Settings).WithOne(s => s.Force).HasForeignKey<ForceSettings>(s => s.ForceId);
    }
}
