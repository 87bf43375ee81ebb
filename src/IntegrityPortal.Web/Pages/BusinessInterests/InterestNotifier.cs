using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Pages.BusinessInterests;

/// <summary>
/// After a step is saved, tells the next person by email when email is on. The portal's own
/// list (<see cref="BusinessInterestsAttention"/>) is always there; email is a nudge. The
/// message names only the reference and the page, never the applicant or the interest.
/// </summary>
public sealed class InterestNotifier(IntegrityDbContext db, INotificationSender sender, IOptions<EmailSettings> options)
{
    public async Task NotifyNextAsync(BusinessInterest interest, CancellationToken ct)
    {
        if (!options.Value.IsOn)
        {
            return;
        }

        var settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == interest.ForceId, ct);
        var (addresses, what) = interest.Status switch
        {
            InterestStatus.AwaitingLineManager => (await PersonEmailsAsync(interest.LineManagerPersonId, ct), "awaits your view as line manager"),
            InterestStatus.AwaitingAssessment => (await RoleEmailsAsync(interest.ForceId, [Roles.Psd], ct), "awaits PSD assessment"),
            InterestStatus.AwaitingDecision => (await RoleEmailsAsync(interest.ForceId, [settings.BusinessInterestDecisionMakerRole], ct), "awaits your decision"),
            InterestStatus.AppealLodged => (await RoleEmailsAsync(interest.ForceId, [settings.BusinessInterestAppellateRole], ct), "has an appeal awaiting your decision"),
            InterestStatus.Approved or InterestStatus.Refused or InterestStatus.Revoked => (await PersonEmailsAsync(interest.ApplicantId, ct), "has a new decision for you to read"),
            _ => ([], string.Empty),
        };

        foreach (var address in addresses)
        {
            await sender.SendAsync(new Notification(address, $"Integrity Portal: {interest.Reference} {what}",
                $"Business interest application {interest.Reference} {what}. Sign in to the Integrity Portal to see it."), ct);
        }
    }

    private async Task<List<string>> PersonEmailsAsync(int? personId, CancellationToken ct) =>
        personId is null
            ? []
            : await db.Users.Where(u => u.PersonId == personId && u.Email != null && !u.IsDisabled).Select(u => u.Email!).ToListAsync(ct);

    private async Task<List<string>> RoleEmailsAsync(int forceId, string[] roles, CancellationToken ct) =>
        await db.Users
            .Where(u => u.ForceId == forceId && u.Email != null && !u.IsDisabled
                        && db.UserRoles.Any(r => r.UserId == u.Id && roles.Contains(r.RoleId)))
            .Select(u => u.Email!)
            .ToListAsync(ct);
}
