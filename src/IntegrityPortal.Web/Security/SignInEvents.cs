using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Security events of accounts, into the audit trail, and the email that tells an account's
/// holder it was locked. Nothing typed at sign-in (password, code, or a name that matches no
/// account) is ever recorded.
/// </summary>
public sealed class SignInEvents(IntegrityDbContext db, AuditLog audit, INotificationSender sender, IOptions<EmailSettings> email)
{
    public async Task RecordAsync(AuditAction action, ApplicationUser? account, string detail, CancellationToken ct = default)
    {
        IReadOnlyCollection<string> roles = account is null
            ? []
            : await db.UserRoles.Where(r => r.UserId == account.Id).Select(r => r.RoleId).ToListAsync(ct);
        await audit.RecordSecurityEventAsync(action, account, roles, detail, byAccount: true, ct);
    }

    /// <summary>An administrator (the signed-in user) acted on another account's security.</summary>
    public Task RecordByAdministratorAsync(AuditAction action, ApplicationUser account, string detail, CancellationToken ct = default) =>
        audit.RecordSecurityEventAsync(action, account, [], detail, byAccount: false, ct);

    /// <summary>
    /// The lock is recorded, and its holder told by email where email is on: the sign-in page
    /// says no more than "wrong user name or password", so the form reveals nothing to a guesser.
    /// </summary>
    public async Task AccountLockedAsync(ApplicationUser account, TimeSpan lockout, CancellationToken ct = default)
    {
        await RecordAsync(AuditAction.LockedOut, account, "locked after too many failed attempts", ct);
        var address = await db.Users.Where(u => u.Id == account.Id).Select(u => u.Email).SingleAsync(ct);
        if (email.Value.IsOn && !string.IsNullOrWhiteSpace(address))
        {
            await sender.SendAsync(new Notification(address, "Integrity Portal: your account is locked",
                $"Your Integrity Portal account was locked for {lockout.TotalMinutes:0} minutes after too many failed sign-in attempts. " +
                "If these were not yours, tell your force's administrator or IT service desk: someone may be trying to guess your password."), ct);
        }
    }
}
