using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts;

/// <summary>Acceptances by the user's direct reports waiting for the user's approval as line manager.</summary>
public sealed class LineManagerApprovalsAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (GiftUser.PersonId(user) is not { } me || user.FindFirstValue(PortalClaims.IsLineManager) != "true")
        {
            return [];
        }

        var count = await db.GiftDeclarations.CountAsync(
            d => d.ApprovalStatus == ApprovalStatus.AwaitingLineManager && d.Declarant!.LineManagerId == me, ct);
        return count == 0 ? [] : [new AttentionItem("Gift and hospitality acceptances awaiting your approval", "/Gifts/Team", count)];
    }
}

/// <summary>The user's own declarations still awaiting approval: for information.</summary>
public sealed class OwnDeclarationsAwaitingApprovalAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (GiftUser.PersonId(user) is not { } me)
        {
            return [];
        }

        var count = await db.GiftDeclarations.CountAsync(
            d => d.DeclarantId == me && (d.ApprovalStatus == ApprovalStatus.AwaitingLineManager || d.ApprovalStatus == ApprovalStatus.AwaitingPsd), ct);
        return count == 0 ? [] : [new AttentionItem("Your gift and hospitality declarations awaiting approval", "/Gifts/Declarations", count)];
    }
}
