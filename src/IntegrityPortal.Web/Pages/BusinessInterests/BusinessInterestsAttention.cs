using System.Security.Claims;
using IntegrityPortal.Core;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using IntegrityPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests;

/// <summary>
/// What awaits the user in the business-interest route: this is how each step reaches the
/// next person. Each count is one query counted by the database.
/// </summary>
public sealed class BusinessInterestsAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var items = new List<AttentionItem>();
        var today = db.Clock.Today();
        async Task Add(IQueryable<BusinessInterest> query, string text, string href)
        {
            var count = await query.CountAsync(ct);
            if (count > 0)
            {
                items.Add(new AttentionItem(text, href, count));
            }
        }

        if (GiftUser.PersonId(user) is { } me)
        {
            await Add(db.BusinessInterests.Where(b => b.ApplicantId == me && b.Status == InterestStatus.Draft),
                "Your business interest applications saved as drafts, not yet submitted", "/BusinessInterests/Applications");
            await Add(db.BusinessInterests.Where(b => b.ApplicantId == me && b.Status == InterestStatus.Approved && b.ReviewDueOn <= today.AddDays(BusinessInterestRules.ReviewDueSoonDays)
                                                    && (b.HolderConfirmedOn == null || b.HolderConfirmedOn < b.ReviewDueOn!.Value.AddDays(-BusinessInterestRules.ReviewDueSoonDays))),
                "Your business interests due for review: confirm or update the details", "/BusinessInterests/Applications");
            var since = today.AddDays(-BusinessInterestRules.RecentDecisionDays);
            await Add(db.BusinessInterests.Where(b => b.ApplicantId == me && (b.DecidedOn >= since || b.AppealDecidedOn >= since)),
                $"Decisions on your business interest applications in the last {BusinessInterestRules.RecentDecisionDays} days", "/BusinessInterests/Applications");
            if (user.FindFirstValue(PortalClaims.IsLineManager) == "true")
            {
                await Add(db.BusinessInterests.Where(b => b.Status == InterestStatus.AwaitingLineManager && b.LineManagerPersonId == me),
                    "Business interest applications from your team awaiting your view", "/BusinessInterests/Team");
            }
        }

        if (user.IsInRole(Roles.Psd) || user.IsInRole(Roles.HeadOfPsd))
        {
            await Add(db.BusinessInterests.Where(b => b.Status == InterestStatus.AwaitingAssessment),
                "Business interest applications awaiting PSD assessment", "/BusinessInterests/Psd");
            await Add(db.BusinessInterests.Where(b => b.Status == InterestStatus.Approved && b.ReviewDueOn <= today.AddDays(BusinessInterestRules.ReviewDueSoonDays)),
                "Business interests due or overdue for review", "/BusinessInterests/Psd/Reviews");
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(Roles.HeadOfPsd) || roles.Contains(Roles.DeputyChiefConstable))
        {
            await Add(db.BusinessInterests.Where(b => b.Status == InterestStatus.AwaitingDecision
                                                    && db.ForceSettings.Any(s => s.ForceId == b.ForceId && roles.Contains(s.BusinessInterestDecisionMakerRole))),
                "Business interest applications awaiting your decision", "/BusinessInterests/Decisions");
            await Add(db.BusinessInterests.Where(b => b.Status == InterestStatus.AppealLodged
                                                    && db.ForceSettings.Any(s => s.ForceId == b.ForceId && roles.Contains(s.BusinessInterestAppellateRole))),
                "Business interest appeals awaiting your decision", "/BusinessInterests/Decisions/Appeals");
        }

        return items;
    }
}
