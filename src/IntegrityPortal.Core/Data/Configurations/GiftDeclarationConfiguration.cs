using IntegrityPortal.Core.Gifts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class GiftDeclarationConfiguration : IEntityTypeConfiguration<GiftDeclaration>
{
    public void Configure(EntityTypeBuilder<GiftDeclaration> builder)
    {
        builder.Property(d => d.OfferorName).HasMaxLength(200);
        builder.Property(d => d.OrganisationName).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.Property(d => d.LineManagerNote).HasMaxLength(2000);
        builder.Property(d => d.PsdApprovalNote).HasMaxLength(2000);
        builder.Property(d => d.ReviewNote).HasMaxLength(2000);
        builder.Property(d => d.LineManagerDecidedBy).HasMaxLength(256);
        builder.Property(d => d.PsdApprovalDecidedBy).HasMaxLength(256);
        builder.Property(d => d.ReviewedBy).HasMaxLength(256);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.Reference);
        builder.Ignore(d => d.CountsAsAccepted);
        builder.Ignore(d => d.Details);

        builder.HasOne(d => d.Force).WithMany().HasForeignKey(d => d.ForceId);
        builder.HasOne(d => d.Declarant).WithMany().HasForeignKey(d => d.DeclarantId);
        builder.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId);
        builder.HasOne(d => d.Organisation).WithMany().HasForeignKey(d => d.OrganisationId);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DeclarationId);
        builder.HasMany(d => d.StatusChanges).WithOne().HasForeignKey(s => s.DeclarationId);

        // The register filters within a force and sorts by date of offer by default; each
        // filter it offers has an index led by the force.
        builder.HasIndex(d => new { d.ForceId, d.OfferedOn });
        // The figures for a period select declarations by the day they were made and, for those
        // not changed after the period, count the row's own status: every column they read is
        // in this index, so the count never visits the table (decision on the latest step). The
        // dashboard's days to declare and its breakdown by department read the same declarations:
        // the offer date and department are here for them.
        builder.HasIndex(d => new { d.ForceId, d.DeclaredOn, d.LastStepOn, d.Outcome, d.ApprovalStatus, d.ReviewStatus, d.IsFromSupplier, d.IsLate, d.ValuePence, d.OfferedOn, d.DepartmentId })
            .HasDatabaseName("IX_GiftDeclarations_ForceId_DeclaredOn_Status");
        // The declarations changed after a date: those the figures read from their steps.
        builder.HasIndex(d => new { d.ForceId, d.LastStepOn, d.DeclaredOn });
        builder.HasIndex(d => new { d.ForceId, d.DeclarantId, d.OfferedOn });
        builder.HasIndex(d => new { d.ForceId, d.OrganisationId, d.OfferedOn });
        // Sorting by organisation reads this index in order (the key Id is its last column in
        // SQLite and SQL Server alike). The organisation prefix search is case-insensitive, so
        // on SQLite it has its own index with COLLATE NOCASE, created by hand-written SQL in the
        // SQLite migration (EF cannot give one column of an index a collation); on SQL Server
        // the column's case-insensitive collation lets this index serve the search.
        builder.HasIndex(d => new { d.ForceId, d.OrganisationName });
        builder.HasIndex(d => new { d.ForceId, d.DepartmentId, d.OfferedOn });
        // The value filter and sort: a value sort's ties go by date of offer, so this one index
        // gives both in order, and the filter's rows by date without reading the table.
        builder.HasIndex(d => new { d.ForceId, d.ValuePence, d.OfferedOn });
        // Also PSD's review backlog on a date, from the index alone: the declarations awaiting
        // review are few, and their dates are here.
        builder.HasIndex(d => new { d.ForceId, d.ReviewStatus, d.OfferedOn, d.DeclaredOn, d.LastStepOn })
            .HasDatabaseName("IX_GiftDeclarations_ForceId_ReviewStatus_OfferedOn");
        builder.HasIndex(d => new { d.ForceId, d.ApprovalStatus, d.OfferedOn });
        // A line manager's queue (the team page's head of the queue, and its count there and on
        // the home page): the acceptances awaiting a line manager are few at any time, so this
        // index holds only them, in the queue's order (date declared, then the key), with the
        // declarant for the join to the manager's team. Without it the count read the row of
        // every declaration of the team for its status, and the head of the queue walked all of
        // the force's declarations by date. ApprovalStatus 2 is AwaitingLineManager; the queries
        // name the status as a constant, which is what lets SQLite and SQL Server use a
        // filtered index.
        builder.HasIndex(d => new { d.ForceId, d.DeclaredOn, d.DeclarantId })
            .HasFilter($"ApprovalStatus = {(int)ApprovalStatus.AwaitingLineManager}")
            .HasDatabaseName("IX_GiftDeclarations_AwaitingLineManager");
        builder.HasIndex(d => new { d.ForceId, d.Outcome, d.OfferedOn });
        builder.HasIndex(d => new { d.ForceId, d.IsFromSupplier, d.OfferedOn });
        // National users have no force condition: their default view reads this index backwards.
        builder.HasIndex(d => d.OfferedOn);
        builder.HasIndex(d => new { d.ForceId, d.Relationship, d.OfferedOn });
        builder.HasIndex(d => new { d.ForceId, d.IsLate, d.OfferedOn });
        builder.HasIndex(d => new { d.ForceId, d.PatternFlags, d.OfferedOn });
        builder.HasIndex(d => new { d.DeclarantId, d.OrganisationId, d.OfferedOn });
    }
}

public class GiftDeclarationStatusChangeConfiguration : IEntityTypeConfiguration<GiftDeclarationStatusChange>
{
    public void Configure(EntityTypeBuilder<GiftDeclarationStatusChange> builder)
    {
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasOne<Forces.Force>().WithMany().HasForeignKey(s => s.ForceId);
        // The figures ask for each declaration's latest step on or before a date, and the review
        // backlog for that step's review status: both from the index, never the table.
        builder.HasIndex(s => new { s.DeclarationId, s.EffectiveOn, s.ReviewStatus });
    }
}
