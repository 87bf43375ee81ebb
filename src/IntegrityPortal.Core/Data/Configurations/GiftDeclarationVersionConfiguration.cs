using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class GiftDeclarationVersionConfiguration : IEntityTypeConfiguration<GiftDeclarationVersion>
{
    public void Configure(EntityTypeBuilder<GiftDeclarationVersion> builder)
    {
        builder.Property(v => v.RecordedBy).HasMaxLength(256);
        builder.Property(v => v.AmendmentReason).HasMaxLength(2000);
        builder.HasIndex(v => new { v.DeclarationId, v.Number }).IsUnique();
        builder.HasOne<IntegrityPortal.Core.Forces.Force>().WithMany().HasForeignKey(v => v.ForceId);
    }
}
