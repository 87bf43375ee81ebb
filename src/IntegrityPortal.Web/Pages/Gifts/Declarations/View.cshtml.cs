using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>The declarant's own declaration, where it stands and every version. Anyone else's is "not found".</summary>
public class ViewModel(IntegrityDbContext db) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public GiftDeclaration Declaration { get; private set; } = null!;
    public IReadOnlyList<GiftDeclarationVersion> Versions { get; private set; } = [];
    public IReadOnlyDictionary<int, string> OrganisationNames { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var declaration = await db.GiftDeclarations.AsNoTracking()
            .Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.Id == id && d.DeclarantId == me, ct);
        if (declaration is null)
        {
            return NotFound();
        }

        Declaration = declaration;
        Versions = declaration.Versions.OrderByDescending(v => v.Number).ToList();
        var ids = Versions.Select(v => v.ReadDetails().OrganisationId).Append(declaration.OrganisationId).Distinct().ToList();
        OrganisationNames = await db.Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return Page();
    }

    public string OrganisationName(int id) => OrganisationNames.TryGetValue(id, out var name) ? name : "Unknown";
}
