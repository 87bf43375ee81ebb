using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Forces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class BusinessInterestVersionConfiguration : IEntityTypeConfiguration<BusinessInterestVersion>
{
    public void Configure(EntityTypeBuilder<BusinessInterestVersion> builder)
    {
        builder.Property(v => v.RecordedBy).HasMaxLength(256);
        builder.HasIndex(v => new { v.BusinessInterestId, v.Number }).IsUnique();
        builder.HasOne<Force>().WithMany().HasForeignKey(v => v.ForceId);
    }
}
