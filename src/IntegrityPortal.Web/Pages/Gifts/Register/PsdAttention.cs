using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>What waits for PSD in the forces it serves: acceptances to approve and declarations to review.</summary>
public sealed class PsdAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Psd) && !user.IsInRole(Roles.HeadOfPsd))
        {
            return [];
        }

        var approvals = await db.GiftDeclarations.CountAsync(d => d.ApprovalStatus == ApprovalStatus.AwaitingPsd, ct);
        var reviews = await db.GiftDeclarations.CountAsync(d => d.ReviewStatus == ReviewStatus.AwaitingReview, ct);
        var items = new List<AttentionItem>();
        if (approvals > 0)
        {
            items.Add(new($"{approvals:N0} {(approvals == 1 ? "acceptance" : "acceptances")} of gifts or hospitality awaiting PSD approval",
                $"/Gifts/Register?Filter.Approval={nameof(ApprovalStatus.AwaitingPsd)}", approvals));
        }

        if (reviews > 0)
        {
            items.Add(new($"{reviews:N0} gifts and hospitality {(reviews == 1 ? "declaration" : "declarations")} awaiting PSD review",
                $"/Gifts/Register?Filter.Review={nameof(ReviewStatus.AwaitingReview)}", reviews));
        }

        return items;
    }
}
