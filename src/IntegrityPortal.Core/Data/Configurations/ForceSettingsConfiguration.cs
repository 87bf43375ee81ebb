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
        builder.Property(s => s.GiftPolicyUrl).HasMaxLength(500);

        // Forces that existed before the register get the defaults. True is the sentinel of the
        // line-manager step, so a force saved with the step off keeps false.
        builder.Property(s => s.BusinessInterestLineManagerStep).HasDefaultValue(true).HasSentinel(true);
        builder.Property(s => s.BusinessInterestDecisionMakerRole).HasMaxLength(50).HasDefaultValue(Security.Roles.HeadOfPsd);
        builder.Property(s => s.BusinessInterestAppellateRole).HasMaxLength(50).HasDefaultValue(Security.Roles.DeputyChiefConstable);
        builder.Property(s => s.BusinessInterestAppealDays).HasDefaultValue(28);
        builder.Property(s => s.BusinessInterestReviewMonths).HasDefaultValue(12);
        builder.Property(s => s.DashboardSmallCountThreshold).HasDefaultValue(Reporting.Dashboard.SmallCounts.DefaultThreshold);
        builder.Property(s => s.PublicDepartmentMinimumPeople).HasDefaultValue(Gifts.PublicRegisterRules.MinimumDepartmentSize);
        builder.Property(s => s.ProcurementWindowMonths).HasDefaultValue(Procurement.ProcurementRules.DefaultWindowMonths);
    }
}
