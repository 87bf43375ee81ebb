using IntegrityPortal.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.Property(g => g.Role).HasMaxLength(50);
        builder.Property(g => g.RequestedByUserId).HasMaxLength(450);
        builder.Property(g => g.RequestedByUserName).HasMaxLength(256);
        builder.Property(g => g.DecidedByUserId).HasMaxLength(450);
        builder.Property(g => g.DecidedByUserName).HasMaxLength(256);
        builder.Property(g => g.DecisionNote).HasMaxLength(1000);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne(g => g.Force).WithMany().HasForeignKey(g => g.ForceId);
        builder.HasOne(g => g.User).WithMany().HasForeignKey(g => g.UserId);
        // The head of PSD's list and home-page count: the force's grants awaiting approval.
        builder.HasIndex(g => new { g.ForceId, g.Status });
        builder.HasIndex(g => new { g.UserId, g.Status });
    }
}
