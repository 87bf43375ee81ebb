using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Forces;

/// <summary>The forces the administrator looks after: every force for a national administrator, their own otherwise.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public IReadOnlyList<ForceSettings> Forces { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Settings are force-owned, so the query filter leaves exactly the forces in scope.
        Forces = await db.ForceSettings.AsNoTracking()
            .Include(s => s.Force!).ThenInclude(f => f.Alliance)
            .OrderBy(s => s.Force!.Name)
            .ToListAsync(ct);
    }
}
