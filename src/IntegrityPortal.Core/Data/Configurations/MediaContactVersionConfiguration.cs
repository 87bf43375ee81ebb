using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class MediaContactVersionConfiguration : IEntityTypeConfiguration<MediaContactVersion>
{
    public void Configure(EntityTypeBuilder<MediaContactVersion> builder)
    {
        builder.Property(v => v.RecordedBy).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(100);
        builder.Property(v => v.OutletName).HasMaxLength(200);
        builder.HasIndex(v => new { v.MediaContactId, v.Number }).IsUnique();
        builder.HasOne<MediaContact>().WithMany(c => c.Versions).HasForeignKey(v => v.MediaContactId);
        builder.HasOne<IntegrityPortal.Core.Forces.Force>().WithMany().HasForeignKey(v => v.ForceId);
    }
}
