using IntegrityPortal.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class MediaContactConfiguration : IEntityTypeConfiguration<MediaContact>
{
    public void Configure(EntityTypeBuilder<MediaContact> builder)
    {
        builder.Property(c => c.JournalistName).HasMaxLength(200);
        builder.Property(c => c.OutletName).HasMaxLength(200);
        builder.Property(c => c.Subject).HasMaxLength(500);
        builder.Property(c => c.Disclosed).HasMaxLength(4000);
        builder.Property(c => c.AuthorisedBy).HasMaxLength(200);
        builder.Property(c => c.AcknowledgedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Reference);

        builder.HasOne(c => c.Force).WithMany().HasForeignKey(c => c.ForceId);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId);
        builder.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId);
        builder.HasOne(c => c.Outlet).WithMany().HasForeignKey(c => c.OutletId);

        // Every list filters within a force and sorts by date of contact; each filter it
        // offers has an index led by the force.
        // The period figures count from this index alone: it holds every column they read.
        builder.HasIndex(c => new { c.ForceId, c.ContactedUtc, c.WasPreArranged, c.WasVisitToMediaEstablishment, c.RecordedUtc, c.AcknowledgedUtc })
            .HasDatabaseName("IX_MediaContacts_ForceId_ContactedUtc_Figures");
        builder.HasIndex(c => new { c.ForceId, c.PersonId, c.ContactedUtc });
        builder.HasIndex(c => new { c.ForceId, c.OutletId, c.ContactedUtc });
        builder.HasIndex(c => new { c.ForceId, c.JournalistName, c.ContactedUtc });
        builder.HasIndex(c => new { c.ForceId, c.OutletName, c.ContactedUtc });
        builder.HasIndex(c => new { c.ForceId, c.AcknowledgedUtc });
        // The press office's "not authorised only" filter, newest first.
        builder.HasIndex(c => new { c.ForceId, c.WasAuthorised, c.ContactedUtc });
    }
}
