using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// What waits for the media department: contacts in its force not yet acknowledged. Officers
/// get no item: nothing in their own log waits for them.
/// </summary>
public sealed class MediaOfficeAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.PressOffice))
        {
            return [];
        }

        var count = await db.MediaContacts.CountAsync(c => c.AcknowledgedUtc == null, ct);
        return count == 0
            ? []
            : [new($"{count:N0} media {(count == 1 ? "contact" : "contacts")} to acknowledge",
                $"/Media/Office?Filter.Acknowledgement={nameof(AcknowledgementFilter.Awaiting)}", count)];
    }
}
