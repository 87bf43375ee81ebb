using IntegrityPortal.Core.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> builder)
    {
        builder.Property(d => d.Kind).HasMaxLength(40);
        builder.HasOne(d => d.Person).WithMany().HasForeignKey(d => d.PersonId);
        // Every page looks a draft up by id and person; the force filter leads the index.
        builder.HasIndex(d => new { d.ForceId, d.PersonId });
        // The nightly clean-up deletes drafts by when they were last saved, across every force.
        builder.HasIndex(d => d.UpdatedUtc);
    }
}
