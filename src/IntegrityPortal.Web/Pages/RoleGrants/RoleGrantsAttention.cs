using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.RoleGrants;

/// <summary>Roles the force's administrators asked to give, waiting for the head of PSD.</summary>
public sealed class RoleGrantsAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.HeadOfPsd))
        {
            return [];
        }

        var count = await RoleGrantPages.Awaiting(db).CountAsync(ct);
        return count == 0
            ? []
            : [new AttentionItem($"{(count == 1 ? "Role" : "Roles")} with PSD or chief officer powers awaiting your approval", "/RoleGrants", count)];
    }
}
