using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>
/// The declarant amends their declaration: the new details become a new version and the
/// earlier ones are kept. Anyone else's declaration is "not found". The version the form was
/// built from guards against overwriting a change made in between.
/// </summary>
public class AmendModel(IntegrityDbContext db, IValidator<GiftInput> validator) : GiftFormPageModel(db, validator)
{
    public string Reference { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } declaration)
        {
            return NotFound();
        }

        Input = GiftInput.From(declaration);
        await LoadFormAsync(declaration.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } declaration)
        {
            return NotFound();
        }

        await LoadFormAsync(declaration.ForceId, ct);
        Input.IsAmendment = true;
        if (await ValidateAsync(declaration.ForceId, ct) is not { } details)
        {
            return Page();
        }

        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                details = await WithOrganisationAsync(details, declaration.ForceId, ct);
                await new GiftWorkflow(Db).AmendAsync(declaration, details, Input.AmendmentReason!.Trim(), ct);
            }
            catch (GiftWorkflowException e)
            {
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            if (!await Db.TrySaveAsync(declaration, Input.Version, ModelState, ct))
            {
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        TempData["Confirmation"] = Outcome(declaration, "Amendment saved:");
        return RedirectToPage("View", new { id = declaration.Id });
    }

    private async Task<GiftDeclaration?> FindAsync(int id, CancellationToken ct)
    {
        var me = GiftUser.PersonId(User);
        var declaration = await Db.GiftDeclarations.SingleOrDefaultAsync(d => d.Id == id && d.DeclarantId == me, ct);
        Reference = declaration?.Reference ?? string.Empty;
        return declaration;
    }
}
