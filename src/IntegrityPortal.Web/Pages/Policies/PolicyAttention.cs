using System.Security.Claims;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>
/// The policies the user must read and confirm, on their home page until each is confirmed. One
/// item per policy version (there are few at a time), so each links straight to its page.
/// </summary>
public sealed class PolicyAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (PolicyPages.PersonId(user) is not { } me)
        {
            return [];
        }

        var open = await db.PolicyTasks.Where(t => t.PersonId == me && t.ConfirmedUtc == null)
            .OrderBy(t => t.DueOn)
            .Select(t => new { t.PolicyVersionId, t.DueOn, t.PolicyVersion!.Policy!.Title, t.PolicyVersion.Number })
            .Take(10)
            .ToListAsync(ct);
        return open.Select(t => new AttentionItem(
                $"Read and confirm {t.Title} (version {t.Number}) by {UkFormat.Date(t.DueOn)}",
                $"/Policies/Read/{t.PolicyVersionId}", 1))
            .ToList();
    }
}

/// <summary>
/// For a line manager: the policies their direct reports have not confirmed by the read-by date,
/// on the home page until each is confirmed.
/// </summary>
public sealed class TeamPolicyAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (PolicyPages.PersonId(user) is not { } me || user.FindFirstValue(PortalClaims.IsLineManager) != "true")
        {
            return [];
        }

        var today = db.Clock.Today();
        var overdue = await db.PolicyTasks.CountAsync(t => t.Person!.LineManagerId == me && t.ConfirmedUtc == null && t.DueOn < today, ct);
        return overdue == 0 ? [] : [new AttentionItem("Policies your team have not confirmed by the read-by date", "/Policies/Team", overdue)];
    }
}
