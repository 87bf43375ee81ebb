using IntegrityPortal.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IntegrityPortal.Core.Data.Configurations;

public class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Browser).HasMaxLength(100);
        builder.Property(s => s.EndedReason).HasMaxLength(50);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId);
        // Every request looks its session up by key; the user's list and "end the others" by user.
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => new { s.UserId, s.EndedUtc });
    }
}
