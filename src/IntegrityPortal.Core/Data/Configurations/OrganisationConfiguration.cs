using IntegrityPortal.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.CompanyNumber).HasMaxLength(8);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.ForceId, o.Name }).IsUnique();
        builder.HasIndex(o => new { o.ForceId, o.CompanyNumber });
        builder.HasOne(o => o.Force).WithMany().HasForeignKey(o => o.ForceId);
    }
}
