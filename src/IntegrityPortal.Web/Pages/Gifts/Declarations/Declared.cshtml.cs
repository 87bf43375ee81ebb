using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>
/// The confirmation after a declaration or an amendment is sent: its reference and what happens next. An
/// address of its own, so reloading it or sending the same answers again shows it and never
/// declares twice. Only the declarant opens it; anyone else's is "not found".
/// </summary>
public class DeclaredModel(IntegrityDbContext db) : PageModel
{
    public GiftDeclaration Declaration { get; private set; } = null!;
    public ForceSettings Settings { get; private set; } = null!;
    public string Outcome { get; private set; } = string.Empty;

    /// <summary>The confirmation of an amendment rather than of the declaration.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Amended { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var declaration = await db.GiftDeclarations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.DeclarantId == me, ct);
        if (declaration is null)
        {
            return NotFound();
        }

        Declaration = declaration;
        Settings = await db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == declaration.ForceId, ct);
        Outcome = GiftFormPageModel.Outcome(declaration, Settings, Amended ? "Amendment saved:" : "Declaration made:");
        return Page();
    }
}
