using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.ForceId, d.Name }).IsUnique();
        builder.HasOne(d => d.Force).WithMany().HasForeignKey(d => d.ForceId);
    }
}
