using IntegrityPortal.Core.BusinessInterests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class BusinessInterestConfiguration : IEntityTypeConfiguration<BusinessInterest>
{
    public void Configure(EntityTypeBuilder<BusinessInterest> builder)
    {
        builder.Property(b => b.OrganisationName).HasMaxLength(200);
        builder.Property(b => b.Work).HasMaxLength(2000);
        builder.Property(b => b.WhenHoursFall).HasMaxLength(200);
        builder.Property(b => b.ConflictSeen).HasMaxLength(2000);
        builder.Property(b => b.AssessmentReasons).HasMaxLength(2000);
        builder.Property(b => b.Conditions).HasMaxLength(2000);
        builder.Property(b => b.DecisionReasons).HasMaxLength(2000);
        builder.Property(b => b.AppealGrounds).HasMaxLength(2000);
        builder.Property(b => b.HoursPerWeek).HasPrecision(5, 1);
        builder.Property(b => b.ContractedHoursPerWeek).HasPrecision(5, 1);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Reference);
        builder.Ignore(b => b.IsApproved);
        builder.Ignore(b => b.Details);

        builder.HasOne(b => b.Force).WithMany().HasForeignKey(b => b.ForceId);
        builder.HasOne(b => b.Applicant).WithMany().HasForeignKey(b => b.ApplicantId);
        builder.HasOne<People.Department>().WithMany().HasForeignKey(b => b.DepartmentId);
        builder.HasOne<People.Person>().WithMany().HasForeignKey(b => b.LineManagerPersonId);
        builder.HasOne<People.Person>().WithMany().HasForeignKey(b => b.DecidedByPersonId);
        builder.HasOne(b => b.Organisation).WithMany().HasForeignKey(b => b.OrganisationId);
        builder.HasMany(b => b.Versions).WithOne().HasForeignKey(v => v.BusinessInterestId);
        builder.HasMany(b => b.Steps).WithOne().HasForeignKey(s => s.BusinessInterestId);

        // Every list filters within a force: by stage, by applicant, by line manager, by review
        // date, by decision date, by organisation or kind (similar decisions), and the period
        // figures by submission date.
        builder.HasIndex(b => new { b.ForceId, b.Status, b.SubmittedOn });
        builder.HasIndex(b => new { b.ForceId, b.ApplicantId, b.CreatedOn });
        builder.HasIndex(b => new { b.ForceId, b.LineManagerPersonId, b.Status });
        builder.HasIndex(b => new { b.ForceId, b.Status, b.ReviewDueOn });
        builder.HasIndex(b => new { b.ForceId, b.DecisionOutcome, b.DecidedOn });
        // The period figures count from this index alone: it holds every column they read.
        builder.HasIndex(b => new { b.ForceId, b.SubmittedOn, b.DecisionOutcome, b.Status, b.AppealLodgedOn, b.AppealOutcome, b.DecidedOn, b.WithdrawnOn, b.AppealDecidedOn })
            .HasDatabaseName("IX_BusinessInterests_ForceId_SubmittedOn_Figures");
        // The dashboard's quarters of decisions (with the days from submission) and of appeals,
        // each counted from its index alone.
        builder.HasIndex(b => new { b.ForceId, b.DecidedOn, b.DecisionOutcome, b.SubmittedOn })
            .HasDatabaseName("IX_BusinessInterests_ForceId_DecidedOn_Figures");
        builder.HasIndex(b => new { b.ForceId, b.AppealLodgedOn });
        builder.HasIndex(b => new { b.ForceId, b.AppealDecidedOn, b.AppealOutcome });
        builder.HasIndex(b => new { b.ForceId, b.Kind, b.DecidedOn });
        builder.HasIndex(b => new { b.ForceId, b.OrganisationName, b.DecidedOn });
    }
}
