using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class GiftMonthCountConfiguration : IEntityTypeConfiguration<GiftMonthCount>
{
    public void Configure(EntityTypeBuilder<GiftMonthCount> builder)
    {
        builder.ToTable("GiftMonthCounts");
        // The key leads with the force and the month: a period's counts are one range per force.
        builder.HasKey(c => new { c.ForceId, c.Month, c.Outcome, c.ApprovalStatus, c.ReviewStatus, c.IsFromSupplier, c.IsLate });
        builder.HasOne<Force>().WithMany().HasForeignKey(c => c.ForceId);
    }
}
