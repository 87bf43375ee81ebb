using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class SuspectedLeakConfiguration : IEntityTypeConfiguration<SuspectedLeak>
{
    public void Configure(EntityTypeBuilder<SuspectedLeak> builder)
    {
        builder.Property(l => l.OutletName).HasMaxLength(200);
        builder.Property(l => l.JournalistName).HasMaxLength(200);
        builder.Property(l => l.ArticleTitle).HasMaxLength(300);
        builder.Property(l => l.ArticleUrl).HasMaxLength(500);
        builder.Property(l => l.Reason).HasMaxLength(4000);
        builder.Property(l => l.FlaggedBy).HasMaxLength(256);
        builder.Property(l => l.PsdNote).HasMaxLength(2000);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.Reference);

        builder.HasOne(l => l.Force).WithMany().HasForeignKey(l => l.ForceId);
        builder.HasOne(l => l.MediaContact).WithMany().HasForeignKey(l => l.MediaContactId);
        builder.HasOne(l => l.Outlet).WithMany().HasForeignKey(l => l.OutletId);

        builder.HasIndex(l => new { l.ForceId, l.Status, l.FlaggedUtc });
        builder.HasIndex(l => new { l.ForceId, l.OutletId });
        // The figures for a period select flags by when they were raised.
        builder.HasIndex(l => new { l.ForceId, l.FlaggedUtc });
    }
}
