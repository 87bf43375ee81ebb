using IntegrityPortal.Core.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

// The policy library. Table names are fixed: publishing writes PolicyTasks with SQL of its own
// (PolicyPublishing), which must not change when a class is renamed.

public class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.ToTable("Policies");
        builder.Property(p => p.Title).HasMaxLength(PolicyRules.TitleLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne(p => p.Force).WithMany().HasForeignKey(p => p.ForceId);
        builder.HasMany(p => p.Forces).WithOne(f => f.Policy).HasForeignKey(f => f.PolicyId);
        builder.HasMany(p => p.Versions).WithOne(v => v.Policy).HasForeignKey(v => v.PolicyId);
        builder.HasIndex(p => new { p.ForceId, p.Title });
    }
}

public class PolicyForceConfiguration : IEntityTypeConfiguration<PolicyForce>
{
    public void Configure(EntityTypeBuilder<PolicyForce> builder)
    {
        builder.ToTable("PolicyForces");
        builder.HasOne(f => f.Force).WithMany().HasForeignKey(f => f.ForceId);
        // The library's filter: the policies of the forces in the user's scope, read from this index.
        builder.HasIndex(f => new { f.ForceId, f.PolicyId }).IsUnique();
        builder.HasIndex(f => f.PolicyId);
    }
}

public class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.ToTable("PolicyVersions");
        builder.Property(v => v.WhatChanged).HasMaxLength(PolicyRules.WhatChangedLength);
        builder.Property(v => v.WhatItMeansForYou).HasMaxLength(PolicyRules.WhatItMeansLength);
        builder.Property(v => v.Text).HasMaxLength(PolicyRules.TextLength);
        builder.Property(v => v.AudienceDepartmentIds).HasMaxLength(1000);
        builder.Property(v => v.AudienceRanks).HasMaxLength(100);
        builder.Property(v => v.QuestionsJson).HasMaxLength(50_000);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Ignore(v => v.Questions);
        builder.Ignore(v => v.DepartmentIds);
        builder.Ignore(v => v.Ranks);
        builder.HasOne(v => v.Owner).WithMany().HasForeignKey(v => v.OwnerId);
        builder.HasIndex(v => new { v.PolicyId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.Status, v.PublishedUtc });
    }
}

public class PolicyTaskConfiguration : IEntityTypeConfiguration<PolicyTask>
{
    public void Configure(EntityTypeBuilder<PolicyTask> builder)
    {
        builder.ToTable("PolicyTasks");
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.PolicyVersion).WithMany().HasForeignKey(t => t.PolicyVersionId);
        builder.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId);
        builder.HasIndex(t => new { t.PolicyVersionId, t.PersonId }).IsUnique();
        // Compliance of a version in a force, and a person's open tasks on the home page.
        builder.HasIndex(t => new { t.ForceId, t.PolicyVersionId, t.ConfirmedUtc });
        builder.HasIndex(t => new { t.ForceId, t.PersonId, t.ConfirmedUtc });
        // The governance figures: tasks of a force by read-by date.
        builder.HasIndex(t => new { t.ForceId, t.DueOn });
    }
}

public class PolicyAttemptConfiguration : IEntityTypeConfiguration<PolicyAttempt>
{
    public void Configure(EntityTypeBuilder<PolicyAttempt> builder)
    {
        builder.ToTable("PolicyAttempts");
        builder.Property(a => a.Answers).HasMaxLength(100);
        builder.HasOne(a => a.PolicyTask).WithMany().HasForeignKey(a => a.PolicyTaskId);
        builder.HasIndex(a => new { a.ForceId, a.PolicyTaskId });
    }
}

public class PolicyReminderConfiguration : IEntityTypeConfiguration<PolicyReminder>
{
    public void Configure(EntityTypeBuilder<PolicyReminder> builder)
    {
        builder.ToTable("PolicyReminders");
        builder.HasOne(r => r.PolicyTask).WithMany().HasForeignKey(r => r.PolicyTaskId);
        // One reminder of each kind per task: the insert that claims it is the guard against sending twice.
        builder.HasIndex(r => new { r.PolicyTaskId, r.Kind }).IsUnique();
        builder.HasIndex(r => new { r.ForceId, r.SentUtc });
    }
}
