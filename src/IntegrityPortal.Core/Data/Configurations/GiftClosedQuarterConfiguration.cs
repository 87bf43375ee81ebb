using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class GiftClosedQuarterConfiguration : IEntityTypeConfiguration<GiftClosedQuarter>
{
    public void Configure(EntityTypeBuilder<GiftClosedQuarter> builder)
    {
        builder.ToTable("GiftClosedQuarters");
        // One row per force and quarter: a second view that counts the same quarter cannot store it twice.
        builder.HasKey(c => new { c.ForceId, c.FirstDay });
        builder.HasOne<Force>().WithMany().HasForeignKey(c => c.ForceId);
    }
}
