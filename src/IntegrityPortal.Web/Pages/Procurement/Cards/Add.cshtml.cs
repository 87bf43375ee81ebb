using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Procurement.Cards;

/// <summary>
/// Procurement records one corporate or purchasing card transaction of its force. The save runs
/// the cross-check and leads to the transaction's confirmation page (<see cref="AddedModel"/>).
/// </summary>
public class AddModel(IntegrityDbContext db, IValidator<CardInput> validator) : PageModel
{
    [BindProperty]
    public CardInput Input { get; set; } = new();

    public IActionResult OnGet() => db.Actor.HomeForceId is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (holder, problems) = await CardSaving.ResolveAsync(db, forceId, Input, updateExisting: false, ct);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var transaction = await CardSaving.SaveAsync(db, forceId, Input, holder!.Value, ct);
        // The confirmation page reads what the cross-check raised from the matches it recorded.
        await ProcurementCrossCheck.RunAsync(db, forceId, ct);
        return RedirectToPage("Added", new { id = transaction.Id });
    }
}
