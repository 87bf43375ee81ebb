using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IntegrityPortal.Core.Auditing;

/// <summary>
/// Turns the change tracker's entries into audit events. Values of modified records are
/// captured before the save (when the old values are still known); created records are
/// described after the save, once their keys exist.
/// </summary>
internal static class AuditTrailWriter
{
    // Identity bookkeeping that changes on every sign-in; recording it would bury real changes.
    // LockoutEnd is kept: a lockout and an administrator's unlock are security events.
    private static readonly HashSet<string> Ignored =
    [
        nameof(ApplicationUser.ConcurrencyStamp), nameof(ApplicationUser.AccessFailedCount),
        nameof(ApplicationUser.NormalizedUserName),
        nameof(ApplicationUser.NormalizedEmail), nameof(IVersioned.Version),
        nameof(ApplicationUser.LastAuthenticatorTimeStep),
    ];

    // Secrets: the trail records that they changed, never their values.
    private static readonly HashSet<string> Secret =
        [nameof(ApplicationUser.PasswordHash), nameof(ApplicationUser.SecurityStamp)];

    public static List<PendingAuditEvent> Capture(IEnumerable<EntityEntry> entries)
    {
        var pending = new List<PendingAuditEvent>();
        foreach (var entry in entries.Where(IsAudited))
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new PendingAuditEvent(entry, AuditAction.Created, null));
                    break;
                case EntityState.Modified:
                    var changes = entry.Properties
                        .Where(p => p.IsModified && !Ignored.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
                        .ToDictionary(
                            p => p.Metadata.Name,
                            p => Secret.Contains(p.Metadata.Name)
                                ? (object?)"(changed)"
                                : new { from = Describe(p.OriginalValue), to = Describe(p.CurrentValue) });
                    if (changes.Count == 0)
                    {
                        break;
                    }

                    var action = changes.Keys.Any(k => k.EndsWith("Status")) ? AuditAction.Transition : AuditAction.Changed;
                    pending.Add(new PendingAuditEvent(entry, action, JsonSerializer.Serialize(changes)));
                    break;
                case EntityState.Deleted:
                    pending.Add(new PendingAuditEvent(entry, AuditAction.Removed, null));
                    break;
            }
        }

        return pending;
    }

    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is IAudited or ApplicationUser or IdentityUserRole<string>;

    internal static string? Describe(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O"),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        _ => value.ToString(),
    };

    internal static string KeyOf(EntityEntry entry) =>
        string.Join(":", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Describe(entry.Property(p.Name).CurrentValue)));

    internal static Dictionary<string, string?> ValuesOf(EntityEntry entry) =>
        entry.Properties
            .Where(p => !Ignored.Contains(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => Secret.Contains(p.Metadata.Name) ? "(set)" : Describe(p.CurrentValue));

    internal static int? RecordForceOf(EntityEntry entry) => entry.Entity switch
    {
        IForceOwned owned => owned.ForceId,
        ApplicationUser user => user.ForceId,
        IdentityUserRole<string> link => entry.Context.ChangeTracker.Entries<ApplicationUser>()
            .FirstOrDefault(u => u.Entity.Id == link.UserId)?.Entity.ForceId,
        _ => null,
    };
}

internal sealed class PendingAuditEvent(EntityEntry entry, AuditAction action, string? changes)
{
    public AuditEvent ToEvent(ICurrentActor actor, DateTime nowUtc) => new()
    {
        OccurredUtc = nowUtc,
        UserId = actor.UserId,
        UserName = actor.UserName,
        Roles = string.Join(",", actor.Roles),
        ActorForceId = actor.HomeForceId,
        RecordForceId = AuditTrailWriter.RecordForceOf(entry),
        Action = action,
        EntityType = entry.Entity is IdentityUserRole<string> ? "UserRole" : entry.Metadata.ClrType.Name,
        EntityId = AuditTrailWriter.KeyOf(entry),
        Changes = changes ?? JsonSerializer.Serialize(AuditTrailWriter.ValuesOf(entry)),
    };
}
