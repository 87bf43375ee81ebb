using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Public;

/// <summary>The public landing page: the forces that publish their gifts and hospitality register.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public IReadOnlyList<(string Code, string Name)> Forces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var forces = await PublicRegister.PublishingForces(db).OrderBy(f => f.Name).Select(f => new { f.Code, f.Name }).ToListAsync(ct);
        Forces = forces.Select(f => (f.Code, f.Name)).ToList();
    }
}
