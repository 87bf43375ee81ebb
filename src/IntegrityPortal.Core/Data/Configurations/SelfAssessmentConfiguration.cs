using IntegrityPortal.Core.SelfAssessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class AssessmentTemplateConfiguration : IEntityTypeConfiguration<AssessmentTemplate>
{
    public void Configure(EntityTypeBuilder<AssessmentTemplate> builder)
    {
        builder.ToTable("AssessmentTemplates");
        builder.Property(t => t.Title).HasMaxLength(SelfAssessmentRules.TitleLength);
        builder.HasIndex(t => t.Version).IsUnique();
        builder.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TemplateId);
        // The checklist is reference data, the same in every deployment: the migrations write it.
        var seeded = SeededTemplate.Template;
        builder.HasData(new { seeded.Id, seeded.Version, seeded.Title, seeded.PublishedOn });
    }
}

public class TemplateItemConfiguration : IEntityTypeConfiguration<TemplateItem>
{
    public void Configure(EntityTypeBuilder<TemplateItem> builder)
    {
        builder.ToTable("AssessmentTemplateItems");
        builder.Property(i => i.Text).HasMaxLength(1000);
        builder.HasIndex(i => new { i.TemplateId, i.Number }).IsUnique();
        builder.HasData(SeededTemplate.Items.Select(i => new { i.Id, i.TemplateId, i.Group, i.Number, i.Text }));
    }
}

public class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Title).HasMaxLength(SelfAssessmentRules.TitleLength);
        builder.HasOne(a => a.Template).WithMany().HasForeignKey(a => a.TemplateId);
        builder.HasMany(a => a.Answers).WithOne(a => a.Assessment).HasForeignKey(a => a.AssessmentId);
        builder.HasIndex(a => new { a.ForceId, a.StartedOn });
    }
}

public class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> builder)
    {
        builder.ToTable("AssessmentAnswers");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Evidence).HasMaxLength(SelfAssessmentRules.EvidenceLength);
        builder.HasOne(a => a.TemplateItem).WithMany().HasForeignKey(a => a.TemplateItemId);
        builder.HasMany(a => a.Actions).WithOne(a => a.Answer).HasForeignKey(a => a.AnswerId);
        builder.HasIndex(a => new { a.AssessmentId, a.TemplateItemId }).IsUnique();
    }
}

public class AssessmentActionConfiguration : IEntityTypeConfiguration<AssessmentAction>
{
    public void Configure(EntityTypeBuilder<AssessmentAction> builder)
    {
        builder.ToTable("AssessmentActions");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Description).HasMaxLength(SelfAssessmentRules.ActionLength);
        builder.HasOne(a => a.Owner).WithMany().HasForeignKey(a => a.OwnerId);
        builder.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ActionId);
        // An owner's overdue actions, and the force's open actions by due date.
        builder.HasIndex(a => new { a.OwnerId, a.Status, a.DueOn });
        builder.HasIndex(a => new { a.ForceId, a.Status, a.DueOn });
    }
}

public class ActionNoteConfiguration : IEntityTypeConfiguration<ActionNote>
{
    public void Configure(EntityTypeBuilder<ActionNote> builder)
    {
        builder.ToTable("AssessmentActionNotes");
        builder.Property(n => n.Text).HasMaxLength(SelfAssessmentRules.NoteLength);
        builder.Property(n => n.WrittenBy).HasMaxLength(256);
    }
}
