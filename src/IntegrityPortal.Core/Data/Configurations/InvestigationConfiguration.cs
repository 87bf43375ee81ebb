using IntegrityPortal.Core.Investigations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class InvestigationConfiguration : IEntityTypeConfiguration<Investigation>
{
    public void Configure(EntityTypeBuilder<Investigation> builder)
    {
        builder.Property(i => i.Summary).HasMaxLength(InvestigationWorkflow.SummaryMaximum);
        builder.Property(i => i.OutcomeNote).HasMaxLength(InvestigationWorkflow.NoteMaximum);
        builder.Property(i => i.OpenedBy).HasMaxLength(256);
        builder.Property(i => i.ReferenceSeries).HasMaxLength(32);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Reference);

        builder.HasOne(i => i.Force).WithMany().HasForeignKey(i => i.ForceId);
        builder.HasMany(i => i.People).WithOne().HasForeignKey(p => p.InvestigationId);
        builder.HasMany(i => i.LogEntries).WithOne().HasForeignKey(e => e.InvestigationId);
        builder.HasMany(i => i.Links).WithOne().HasForeignKey(l => l.InvestigationId);
        builder.HasMany(i => i.StatusChanges).WithOne().HasForeignKey(s => s.InvestigationId);
        // The press office's flag a case was opened from (the media register owns the flag).
        builder.HasMany(i => i.Flags).WithOne().HasForeignKey(l => l.InvestigationId);

        // One number per PSD's series per year (decision 0043); the case list filters within a force and sorts by date opened.
        builder.HasIndex(i => new { i.ReferenceSeries, i.ReferenceYear, i.ReferenceNumber }).IsUnique();
        builder.HasIndex(i => new { i.ForceId, i.OpenedOn });
        builder.HasIndex(i => new { i.ForceId, i.Category, i.OpenedOn });
        builder.HasIndex(i => new { i.ForceId, i.Origin, i.OpenedOn });
        builder.HasIndex(i => new { i.ForceId, i.Status, i.OpenedOn });
    }
}

public class InvestigationPersonConfiguration : IEntityTypeConfiguration<InvestigationPerson>
{
    public void Configure(EntityTypeBuilder<InvestigationPerson> builder)
    {
        builder.Property(p => p.AddedBy).HasMaxLength(256);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId);
        builder.HasOne<Forces.Force>().WithMany().HasForeignKey(p => p.ForceId);
        builder.HasIndex(p => new { p.InvestigationId, p.PersonId }).IsUnique();
        builder.HasIndex(p => new { p.ForceId, p.PersonId });
    }
}

public class InvestigationLogEntryConfiguration : IEntityTypeConfiguration<InvestigationLogEntry>
{
    public void Configure(EntityTypeBuilder<InvestigationLogEntry> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(InvestigationWorkflow.LogTextMaximum);
        builder.Property(e => e.Author).HasMaxLength(256);
        builder.HasOne<Forces.Force>().WithMany().HasForeignKey(e => e.ForceId);
        builder.HasIndex(e => new { e.InvestigationId, e.EntryOn });
    }
}

public class InvestigationLinkConfiguration : IEntityTypeConfiguration<InvestigationLink>
{
    public void Configure(EntityTypeBuilder<InvestigationLink> builder)
    {
        builder.Property(l => l.AddedBy).HasMaxLength(256);
        builder.HasOne<Forces.Force>().WithMany().HasForeignKey(l => l.ForceId);
        builder.HasIndex(l => new { l.InvestigationId, l.Kind, l.RecordId }).IsUnique();
        // So a record's page can find the cases that concern it.
        builder.HasIndex(l => new { l.ForceId, l.Kind, l.RecordId });
    }
}

public class AcuStaffingConfiguration : IEntityTypeConfiguration<AcuStaffing>
{
    public void Configure(EntityTypeBuilder<AcuStaffing> builder)
    {
        builder.ToTable("AcuStaffing");
        builder.Property(s => s.FullTimeEquivalent).HasPrecision(6, 2);
        builder.Property(s => s.Note).HasMaxLength(NoteLength);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Force).WithMany().HasForeignKey(s => s.ForceId);
        builder.HasIndex(s => new { s.ForceId, s.AsOn }).IsUnique();
    }

    public const int NoteLength = 500;
}

public class InvestigationStatusChangeConfiguration : IEntityTypeConfiguration<InvestigationStatusChange>
{
    public void Configure(EntityTypeBuilder<InvestigationStatusChange> builder)
    {
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasOne<Forces.Force>().WithMany().HasForeignKey(s => s.ForceId);
        // The figures ask for each case's latest change on or before a date (the dashboard's
        // "continuing" at each quarter end): read from the index alone, as status is here and
        // the id that orders the changes is the key every index carries.
        builder.HasIndex(s => new { s.InvestigationId, s.EffectiveOn, s.Status });
    }
}
