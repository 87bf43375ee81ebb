using IntegrityPortal.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasOne(u => u.Force).WithMany().HasForeignKey(u => u.ForceId);
        builder.HasOne(u => u.Person).WithMany().HasForeignKey(u => u.PersonId);
        builder.HasIndex(u => u.PersonId).IsUnique().HasFilter(null);
    }
}
