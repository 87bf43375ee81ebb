using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>
/// The signed-in officer or member of staff declares an offer. Bad input is answered beside
/// each field and nothing is written; the declaration and any new organisation are saved in
/// one transaction with their audit events.
/// </summary>
public class DeclareModel(IntegrityDbContext db, IValidator<GiftInput> validator) : GiftFormPageModel(db, validator)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person)
        {
            return NotFound();
        }

        await LoadFormAsync(person.ForceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await CurrentPersonAsync(ct) is not { } person)
        {
            return NotFound();
        }

        await LoadFormAsync(person.ForceId, ct);
        if (await ValidateAsync(person.ForceId, ct) is not { } details)
        {
            return Page();
        }

        GiftDeclaration declaration;
        await using (var transaction = await Db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                details = await WithOrganisationAsync(details, person.ForceId, ct);
                declaration = await new GiftWorkflow(Db).DeclareAsync(person, details, ct);
                await Db.SaveChangesAsync(ct);
            }
            catch (GiftWorkflowException e)
            {
                // The form's checks apply the same rules, so this should not happen.
                ModelState.AddModelError(string.Empty, e.Message);
                return Page();
            }

            await transaction.CommitAsync(ct);
        }

        TempData["Confirmation"] = Outcome(declaration, "Declaration made:");
        return RedirectToPage("View", new { id = declaration.Id });
    }
}
