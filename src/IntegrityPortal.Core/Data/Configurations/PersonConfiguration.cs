using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Number).HasMaxLength(20);
        builder.Property(p => p.GivenName).HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasMaxLength(100);
        builder.Property(p => p.Grade).HasMaxLength(50);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.RankOrGrade);
        builder.HasIndex(p => new { p.ForceId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.ForceId, p.FamilyName, p.GivenName });
        // The workforce behind the reports' rates per 1,000, counted from the index alone.
        builder.HasIndex(p => new { p.ForceId, p.IsActive });
        builder.HasOne(p => p.Force).WithMany().HasForeignKey(p => p.ForceId);
        builder.HasOne(p => p.Department).WithMany().HasForeignKey(p => p.DepartmentId);
        builder.HasOne(p => p.LineManager).WithMany().HasForeignKey(p => p.LineManagerId);
    }
}
