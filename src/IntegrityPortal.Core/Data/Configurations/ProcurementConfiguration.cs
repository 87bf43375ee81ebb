using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

// The procurement registers. Every list a page shows is led by ForceId, so the force filter
// (ADR 0036) and the list's order read one index; natural keys are unique per force, which is
// what makes a re-import change nothing.

public class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public const int ReferenceLength = 30;
    public const int AddressLength = 300;

    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.SupplierReference).HasMaxLength(ReferenceLength);
        builder.Property(s => s.RegisteredAddress).HasMaxLength(AddressLength);
        builder.Property(s => s.Postcode).HasMaxLength(8);
        builder.Property(s => s.VatNumber).HasMaxLength(14);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Force).WithMany().HasForeignKey(s => s.ForceId);
        builder.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId);
        builder.HasIndex(s => new { s.ForceId, s.SupplierReference }).IsUnique();
        builder.HasIndex(s => new { s.ForceId, s.OrganisationId }).IsUnique();
        builder.HasIndex(s => new { s.ForceId, s.VatNumber });
        builder.HasIndex(s => new { s.ForceId, s.Status });
    }
}

public class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public const int ReferenceLength = 30;
    public const int TitleLength = 200;

    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(ReferenceLength);
        builder.Property(c => c.Title).HasMaxLength(TitleLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Force).WithMany().HasForeignKey(c => c.ForceId);
        builder.HasOne(c => c.SupplierOrganisation).WithMany().HasForeignKey(c => c.SupplierOrganisationId);
        builder.HasOne(c => c.AwardingDepartment).WithMany().HasForeignKey(c => c.AwardingDepartmentId);
        builder.HasMany(c => c.Bidders).WithOne(b => b.Contract).HasForeignKey(b => b.ContractId);
        builder.HasMany(c => c.People).WithOne(p => p.Contract).HasForeignKey(p => p.ContractId);
        builder.HasIndex(c => new { c.ForceId, c.Reference }).IsUnique();
        builder.HasIndex(c => new { c.ForceId, c.AwardedOn });
        builder.HasIndex(c => new { c.ForceId, c.SupplierOrganisationId });
        builder.HasIndex(c => new { c.ForceId, c.Route });
    }
}

public class ContractBidderConfiguration : IEntityTypeConfiguration<ContractBidder>
{
    public void Configure(EntityTypeBuilder<ContractBidder> builder)
    {
        builder.HasOne(b => b.Organisation).WithMany().HasForeignKey(b => b.OrganisationId);
        builder.HasIndex(b => new { b.ContractId, b.OrganisationId }).IsUnique();
        builder.HasIndex(b => new { b.ForceId, b.OrganisationId });
    }
}

public class ContractPersonConfiguration : IEntityTypeConfiguration<ContractPerson>
{
    public void Configure(EntityTypeBuilder<ContractPerson> builder)
    {
        builder.ToTable("ContractPeople");
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId);
        builder.HasIndex(p => new { p.ContractId, p.PersonId, p.Part }).IsUnique();
        builder.HasIndex(p => new { p.ForceId, p.PersonId });
    }
}

public class CardTransactionConfiguration : IEntityTypeConfiguration<CardTransaction>
{
    public const int BankReferenceLength = 40;
    public const int MerchantLength = 100;
    public const int CategoryLength = 100;
    public const int DescriptionLength = 500;

    public void Configure(EntityTypeBuilder<CardTransaction> builder)
    {
        builder.Property(t => t.BankReference).HasMaxLength(BankReferenceLength);
        builder.Property(t => t.MerchantName).HasMaxLength(MerchantLength);
        builder.Property(t => t.MerchantCategory).HasMaxLength(CategoryLength);
        builder.Property(t => t.Description).HasMaxLength(DescriptionLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Force).WithMany().HasForeignKey(t => t.ForceId);
        builder.HasOne(t => t.CardHolder).WithMany().HasForeignKey(t => t.CardHolderId);
        builder.HasIndex(t => new { t.ForceId, t.BankReference }).IsUnique();
        builder.HasIndex(t => new { t.ForceId, t.TransactionOn });
        builder.HasIndex(t => new { t.ForceId, t.CardHolderId, t.TransactionOn });
    }
}

public class ProcurementMatchConfiguration : IEntityTypeConfiguration<ProcurementMatch>
{
    public const int ReasonLength = 500;
    public const int NoteLength = 2000;

    public void Configure(EntityTypeBuilder<ProcurementMatch> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(ReasonLength);
        builder.Property(m => m.OutcomeNote).HasMaxLength(NoteLength);
        builder.Property(m => m.SettledBy).HasMaxLength(256);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.Force).WithMany().HasForeignKey(m => m.ForceId);
        // One row per pair: a settled pair, "not a match" above all, is never raised again.
        builder.HasIndex(m => new { m.ForceId, m.Kind, m.LeftKind, m.LeftId, m.RightKind, m.RightId }).IsUnique();
        // PSD's queue: open matches of the force, highest priority first, oldest first.
        builder.HasIndex(m => new { m.ForceId, m.Status, m.Priority, m.RaisedUtc });
        // The figures (ProcurementFigures): the matches a force raised in a period, with all the
        // figures need, so no row is read. Matches grow with every declaration from a supplier.
        builder.HasIndex(m => new { m.ForceId, m.RaisedUtc, m.Status, m.Priority, m.SettledUtc })
            .HasDatabaseName("IX_ProcurementMatches_Figures");
    }
}

public class CrossCheckRunConfiguration : IEntityTypeConfiguration<CrossCheckRun>
{
    public void Configure(EntityTypeBuilder<CrossCheckRun> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(50);
        builder.Property(r => r.LeaseHolder).HasMaxLength(200);
        builder.HasIndex(r => r.Name).IsUnique();
    }
}
