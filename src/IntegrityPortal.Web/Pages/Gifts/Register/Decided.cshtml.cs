using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// The confirmation after PSD decide an acceptance: the declaration's reference, the decision,
/// what happens next, and the next declaration of the register list it was decided from. The
/// form is not on this page, so a reload records nothing. Only the person who made the decision
/// opens it; it names the declarant, so each view is recorded as a consultation.
/// </summary>
public class DecidedModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    // The register's filter, sort and page the declaration was decided from (RegisterListState).
    [BindProperty(SupportsGet = true)]
    public GiftRegisterFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public RegisterListState List { get; private set; } = new(new GiftRegisterFilter(), null, null);
    public GiftDeclaration Declaration { get; private set; } = null!;

    /// <summary>The declaration after this one in the list, found by the database.</summary>
    public int? NextId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = User.Identity?.Name;
        var declaration = await db.GiftDeclarations.AsNoTracking().Include(d => d.Declarant)
            .SingleOrDefaultAsync(d => d.Id == id && d.PsdApprovalDecidedBy == me
                && (d.ApprovalStatus == ApprovalStatus.Approved || d.ApprovalStatus == ApprovalStatus.Refused), ct);
        if (me is null || declaration is null)
        {
            return NotFound();
        }

        Declaration = declaration;
        List = await RegisterListState.CheckedAsync(db, Filter, Sort, ListPage, ModelState, ct);
        NextId = await List.Filter.NextAfterAsync(db.GiftDeclarations.AsNoTracking(), declaration, List.Sort, ct);
        await audit.RecordReadAsync(nameof(GiftDeclaration), id.ToString(), declaration.ForceId, null, ct);
        return Page();
    }
}
