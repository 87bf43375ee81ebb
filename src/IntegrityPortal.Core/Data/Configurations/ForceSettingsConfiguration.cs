using IntegrityPortal.Core.Forces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class ForceSettingsConfiguration : IEntityTypeConfiguration<ForceSettings>
{
    public void Configure(EntityTypeBuilder<ForceSettings> builder)
    {
        builder.HasKey(s => s.ForceId);
        builder.Property(s => s.ForceId).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.ProfessionalStandardsName).HasMaxLength(100);
        builder.Property(s => s.IntegrityContactEmail).HasMaxLength(254);
        builder.Property(s => s.MediaDepartmentName).HasMaxLength(100).HasDefaultValue("Press office");
    }
}
