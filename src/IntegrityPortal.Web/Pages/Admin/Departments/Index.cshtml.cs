using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Admin.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Departments;

/// <summary>The departments of the forces the administrator looks after, and a form to add one.</summary>
public class IndexModel(IntegrityDbContext db, IValidator<DepartmentInput> validator) : PageModel
{
    [BindProperty]
    public DepartmentInput Input { get; set; } = new();

    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];

    /// <summary>The administrator's one force, named instead of offered as a choice.</summary>
    public string? FixedForceName { get; private set; }

    public bool ShowsSeveralForces => FixedForceName is null;

    private List<(int Id, string Name)> forces = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new DepartmentInput { ForceId = forces.Count == 1 ? forces[0].Id : null };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();

        const string forceKey = $"{nameof(Input)}.{nameof(DepartmentInput.ForceId)}";
        const string nameKey = $"{nameof(Input)}.{nameof(DepartmentInput.Name)}";
        var force = Input.ForceId is { } f && forces.Any(x => x.Id == f) ? f : (int?)null;
        if (ModelState.IsFieldValid(forceKey) && force is null)
        {
            ModelState.AddModelError(forceKey, "Select a force that you administer");
        }

        if (force is not null && ModelState.IsFieldValid(nameKey) && await DepartmentNames.TakenAsync(db, force.Value, Input.Name, null, ct))
        {
            ModelState.AddModelError(nameKey, DepartmentNames.Duplicate);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var department = new Department { ForceId = force!.Value, Name = Input.Name.Trim() };
        db.Departments.Add(department);
        if (!await DepartmentNames.TrySaveAsync(db, department, async () => { await db.SaveChangesAsync(ct); return true; }, ModelState, ct))
        {
            return Page();
        }

        Confirmation = $"{department.Name} added";
        return RedirectToPage("Index");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        forces = (await db.VisibleForces.AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            .Select(f => (f.Id, f.Name)).ToList();
        FixedForceName = forces.Count == 1 ? forces[0].Name : null;
        ForceOptions = forces.Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();
        Departments = await db.Departments.AsNoTracking()
            .OrderBy(d => d.Force!.Name).ThenBy(d => d.Name)
            .Select(d => new DepartmentRow(d.Id, d.Name, d.Force!.Name, d.IsActive))
            .ToListAsync(ct);
    }
}

public sealed record DepartmentRow(int Id, string Name, string Force, bool IsActive);

public class DepartmentInput
{
    [Display(Name = "Force")]
    public int? ForceId { get; set; }
    public string Name { get; set; } = string.Empty;
}

public class DepartmentInputValidator : AbstractValidator<DepartmentInput>
{
    public DepartmentInputValidator()
    {
        RuleFor(x => x.ForceId).NotNull().WithMessage("Select a force");
        RuleFor(x => x.Name).IsDepartmentName();
    }
}
