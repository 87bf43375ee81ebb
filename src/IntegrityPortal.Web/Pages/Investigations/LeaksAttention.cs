using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>What waits for PSD from the press office: suspected leaks not yet answered.</summary>
public sealed class LeaksAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.Psd) && !user.IsInRole(Roles.HeadOfPsd))
        {
            return [];
        }

        var awaiting = await db.SuspectedLeaks.CountAsync(l => l.Status == SuspectedLeakStatus.AwaitingPsd, ct);
        return awaiting == 0
            ? []
            : [new($"{awaiting:N0} suspected {(awaiting == 1 ? "leak" : "leaks")} awaiting PSD", "/Investigations/Leaks", awaiting)];
    }
}
