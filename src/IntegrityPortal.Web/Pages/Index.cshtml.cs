using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages;

/// <summary>The home page: what needs the signed-in user's attention, and who to ask.</summary>
public class IndexModel(IEnumerable<IAttentionSource> sources, IntegrityDbContext db) : PageModel
{
    public List<AttentionItem> Attention { get; } = [];
    public string? ForceName { get; private set; }
    public string? ProfessionalStandardsName { get; private set; }
    public string? IntegrityContactEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var source in sources)
        {
            Attention.AddRange(await source.GetAsync(User, ct));
        }

        ForceName = User.FindFirstValue(PortalClaims.HomeForceName);
        if (int.TryParse(User.FindFirstValue(PortalClaims.HomeForceId), out var forceId))
        {
            var settings = await db.ForceSettings.AsNoTracking().SingleOrDefaultAsync(s => s.ForceId == forceId, ct);
            ProfessionalStandardsName = settings?.ProfessionalStandardsName;
            IntegrityContactEmail = settings?.IntegrityContactEmail;
        }
    }
}
