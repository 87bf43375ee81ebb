using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

// The quarterly cross-check meeting. Its lists are led by ForceId, so the force filter and the
// list read one index; one record per force and quarter.

public class CrossCheckMeetingConfiguration : IEntityTypeConfiguration<CrossCheckMeeting>
{
    public void Configure(EntityTypeBuilder<CrossCheckMeeting> builder)
    {
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.Property(m => m.SignedOffBy).HasMaxLength(256);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.Quarter);
        builder.HasOne(m => m.Force).WithMany().HasForeignKey(m => m.ForceId);
        builder.HasMany(m => m.Attendees).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId);
        builder.HasMany(m => m.Actions).WithOne(a => a.Meeting).HasForeignKey(a => a.MeetingId);
        builder.HasIndex(m => new { m.ForceId, m.QuarterYear, m.QuarterNumber }).IsUnique();
        // The governance figures count meetings held in a period.
        builder.HasIndex(m => new { m.ForceId, m.HeldOn });
    }
}

public class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId);
        builder.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
        builder.HasIndex(a => new { a.ForceId, a.PersonId });
    }
}

public class MeetingActionConfiguration : IEntityTypeConfiguration<MeetingAction>
{
    public void Configure(EntityTypeBuilder<MeetingAction> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(CrossCheckMeetingRules.ActionLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId);
        builder.HasIndex(a => new { a.ForceId, a.OwnerId, a.DueOn });
        builder.HasIndex(a => a.MeetingId);
    }
}
