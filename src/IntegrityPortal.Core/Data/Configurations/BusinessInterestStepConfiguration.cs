using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Forces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class BusinessInterestStepConfiguration : IEntityTypeConfiguration<BusinessInterestStep>
{
    public void Configure(EntityTypeBuilder<BusinessInterestStep> builder)
    {
        builder.Property(s => s.ByUserName).HasMaxLength(256);
        builder.Property(s => s.ByRole).HasMaxLength(100);
        builder.Property(s => s.Outcome).HasMaxLength(200);
        builder.Property(s => s.Comments).HasMaxLength(2000);
        builder.HasIndex(s => new { s.BusinessInterestId, s.OccurredUtc });
        // The dashboard's quarters read a force's steps of a few kinds in a date range.
        builder.HasIndex(s => new { s.ForceId, s.Kind, s.OccurredUtc });
        builder.HasOne<Force>().WithMany().HasForeignKey(s => s.ForceId);
    }
}
