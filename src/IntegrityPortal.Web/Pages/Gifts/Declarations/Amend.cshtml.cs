using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>
/// The declarant amends their declaration. The answers are checked here, kept in a draft of
/// the amendment and shown on Check your answers (AmendCheck), which saves them as a new
/// version; the earlier ones are kept. Anyone else's declaration is "not found". The version
/// the form was built from guards against overwriting a change made in between.
/// </summary>
public class AmendModel(IntegrityDbContext db, IValidator<GiftInput> validator, FormDraftStore drafts) : GiftFormPageModel(db, validator)
{
    public string Reference { get; private set; } = string.Empty;

    /// <summary>The amendment's draft, when the form is reached back from Check your answers.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Draft { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } declaration)
        {
            return NotFound();
        }

        Input = GiftInput.From(declaration);
        if (Draft is not null)
        {
            if (await DraftAsync(declaration, ct) is not { } draft || draft.SubmittedUtc is not null)
            {
                return NotFound();
            }

            Input = FormDraftStore.Read<GiftInput>(draft);
        }

        await LoadFormAsync(declaration.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } declaration)
        {
            return NotFound();
        }

        var draft = Draft is null ? null : await DraftAsync(declaration, ct);
        if (Draft is not null && (draft is null || draft.SubmittedUtc is not null))
        {
            return NotFound();
        }

        await LoadFormAsync(declaration.ForceId, ct);
        Input.IsAmendment = true;
        if (await ValidateAsync(declaration.ForceId, ct) is null)
        {
            return Page();
        }

        var draftId = await drafts.SaveAsync(draft, declaration.ForceId, declaration.DeclarantId, FormDraftKinds.GiftAmendment, Input, ct, recordId: declaration.Id);
        return RedirectToPage("AmendCheck", new { draft = draftId });
    }

    /// <summary>The declarant's draft of an amendment to this declaration, or null.</summary>
    private async Task<FormDraft?> DraftAsync(GiftDeclaration declaration, CancellationToken ct) =>
        await drafts.FindAsync(Draft, declaration.DeclarantId, FormDraftKinds.GiftAmendment, ct) is { } draft && draft.RecordId == declaration.Id
            ? draft
            : null;

    private async Task<GiftDeclaration?> FindAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var declaration = await Db.GiftDeclarations.SingleOrDefaultAsync(d => d.Id == id && d.DeclarantId == me, ct);
        Reference = declaration?.Reference ?? string.Empty;
        return declaration;
    }
}
