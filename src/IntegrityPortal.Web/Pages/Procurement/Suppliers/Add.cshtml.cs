using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Suppliers;

/// <summary>
/// Procurement adds a supplier of its force: one of the force's organisations, or a new one. The
/// save runs the cross-check and leads to the supplier's confirmation page (<see cref="AddedModel"/>).
/// </summary>
public class AddModel(IntegrityDbContext db, IValidator<SupplierInput> validator) : PageModel
{
    [BindProperty]
    public SupplierInput Input { get; set; } = new() { Status = "Active" };

    public IActionResult OnGet() => db.Actor.HomeForceId is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        const string organisationKey = $"{nameof(Input)}.{nameof(SupplierInput.OrganisationId)}";
        Input.OrganisationId = await OrganisationPicker.ResolveAsync(db, forceId, Input.OrganisationId, Input.OrganisationName, Input.HasNewOrganisation,
            ModelState, organisationKey, SupplierInputValidator.OrganisationBoth, "organisation", ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (ModelState.IsFieldValid(organisationKey) && Input.OrganisationId is { } organisationId
            && !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.ForceId == forceId, ct))
        {
            ModelState.AddModelError(organisationKey, "Select an organisation from the list");
        }

        if (ModelState.IsValid && await SupplierSaving.CheckAsync(db, forceId, Input, Input.OrganisationId, updateExisting: false, ct) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{problem.Field}", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var supplier = await SupplierSaving.SaveAsync(db, forceId, Input, Input.OrganisationId, ct);
        await transaction.CommitAsync(ct);
        // The confirmation page reads what the cross-check raised from the matches it recorded.
        await ProcurementCrossCheck.RunAsync(db, forceId, ct);
        return RedirectToPage("Added", new { id = supplier.Id });
    }
}
