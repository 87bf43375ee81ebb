using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>
/// The confirmation after PSD open a case, on the case form, from a suspected leak or on referring
/// a gift declaration: its reference and what happens next. The form is
/// not on this page, so reloading it or going back opens nothing more. It shows the reference
/// alone, none of the case, so it is not recorded as a read; the case's own page is. A case of
/// a force the user does not serve is "not found".
/// </summary>
public class OpenedModel(IntegrityDbContext db) : PageModel
{
    public int Id { get; private set; }
    public string Reference { get; private set; } = string.Empty;

    /// <summary>The suspected leak the case was opened from, if any (its reference).</summary>
    public string? LeakReference { get; private set; }

    /// <summary>The gift declaration a review referred to this new case, if any (its id).</summary>
    public int? ReferredDeclarationId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var reference = await db.Investigations.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.ReferenceYear, i.ReferenceNumber, i.Origin }).SingleOrDefaultAsync(ct);
        if (reference is null)
        {
            return NotFound();
        }

        Id = id;
        Reference = Core.Investigations.Investigation.FormatReference(reference.ReferenceYear, reference.ReferenceNumber);
        LeakReference = (await db.SuspectedLeaks.AsNoTracking().FirstOrDefaultAsync(l => l.InvestigationId == id, ct))?.Reference;
        if (reference.Origin == Core.Investigations.InvestigationOrigin.InternalReferral)
        {
            ReferredDeclarationId = await db.InvestigationLinks.AsNoTracking()
                .Where(l => l.InvestigationId == id && l.Kind == Core.Investigations.LinkedRecordKind.GiftDeclaration)
                .OrderBy(l => l.Id).Select(l => (int?)l.RecordId).FirstOrDefaultAsync(ct);
        }
        return Page();
    }
}
