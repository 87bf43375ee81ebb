using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
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
