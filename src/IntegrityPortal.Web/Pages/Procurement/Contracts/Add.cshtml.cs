using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Contracts;

/// <summary>
/// Procurement records a contract or tender of its force, with its bidders and the people who
/// decided it. The save runs the cross-check and leads to the contract's confirmation page
/// (<see cref="AddedModel"/>).
/// </summary>
public class AddModel(IntegrityDbContext db, IValidator<ContractInput> validator) : PageModel
{
    [BindProperty]
    public ContractInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        Departments = await DepartmentsAsync(forceId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } forceId)
        {
            return Forbid();
        }

        Departments = await DepartmentsAsync(forceId, ct);
        const string supplierKey = $"{nameof(Input)}.{nameof(ContractInput.SupplierOrganisationId)}";
        Input.SupplierOrganisationId = await OrganisationPicker.ResolveAsync(db, forceId, Input.SupplierOrganisationId, Input.SupplierOrganisationName, addingNew: false,
            ModelState, supplierKey, string.Empty, "organisation", ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (resolved, problems) = await ContractSaving.ResolveAsync(db, forceId, Input, null, updateExisting: false, ct);
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var contract = await ContractSaving.SaveAsync(db, forceId, Input, resolved, ct);
        await transaction.CommitAsync(ct);
        // The confirmation page reads what the cross-check raised from the matches it recorded.
        await ProcurementCrossCheck.RunAsync(db, forceId, ct);
        return RedirectToPage("Added", new { id = contract.Id });
    }

    private async Task<IReadOnlyList<SelectListItem>> DepartmentsAsync(int forceId, CancellationToken ct) =>
        (await db.Departments.AsNoTracking().Where(d => d.ForceId == forceId && d.IsActive).OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name }).ToListAsync(ct))
        .Select(d => new SelectListItem(d.Name, d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
}
