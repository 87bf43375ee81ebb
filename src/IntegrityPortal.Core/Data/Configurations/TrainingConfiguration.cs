using IntegrityPortal.Core.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Title).HasMaxLength(TrainingRules.TitleLength);
        builder.Property(c => c.AudienceIds).HasMaxLength(2000);
        builder.Property(c => c.AudienceRoles).HasMaxLength(500);
        builder.Ignore(c => c.Ids);
        builder.Ignore(c => c.RoleNames);
        builder.HasIndex(c => new { c.ForceId, c.Title });
    }
}

public class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.Trainer).HasMaxLength(TrainingRules.TrainerLength);
        builder.HasOne(s => s.Course).WithMany().HasForeignKey(s => s.CourseId);
        builder.HasIndex(s => new { s.ForceId, s.CourseId, s.HeldOn });
    }
}

public class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> builder)
    {
        builder.ToTable("TrainingAttendances");
        builder.HasOne(a => a.Session).WithMany().HasForeignKey(a => a.SessionId);
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId);
        // Once per session per person: an import of the same file twice changes nothing.
        builder.HasIndex(a => new { a.SessionId, a.PersonId }).IsUnique();
        // A person's history, and the last session of a course for each person.
        builder.HasIndex(a => new { a.ForceId, a.PersonId });
    }
}
