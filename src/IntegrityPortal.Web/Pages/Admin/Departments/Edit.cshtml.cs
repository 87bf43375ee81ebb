using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.Departments;

/// <summary>An administrator renames a department or closes or reopens it. Another force's department is "not found".</summary>
public class EditModel(IntegrityDbContext db, IValidator<DepartmentChangeInput> validator) : PageModel
{
    [BindProperty]
    public DepartmentChangeInput Input { get; set; } = new();

    public string DepartmentName { get; private set; } = string.Empty;
    public string ForceName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var department = await FindAsync(id, ct);
        if (department is null)
        {
            return NotFound();
        }

        Input = new DepartmentChangeInput { Name = department.Name, IsActive = department.IsActive, Version = department.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var department = await FindAsync(id, ct);
        if (department is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        if (ModelState.IsFieldValid(DepartmentNames.NameKey) && await DepartmentNames.TakenAsync(db, department.ForceId, Input.Name, department.Id, ct))
        {
            ModelState.AddModelError(DepartmentNames.NameKey, DepartmentNames.Duplicate);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        department.Name = Input.Name.Trim();
        department.IsActive = Input.IsActive!.Value;
        if (!await DepartmentNames.TrySaveAsync(db, department, () => db.TrySaveAsync(department, Input.Version, ModelState, ct), ModelState, ct))
        {
            return Page();
        }

        TempData["Confirmation"] = $"Changes to {department.Name} saved";
        return RedirectToPage("Index");
    }

    private async Task<Department?> FindAsync(int id, CancellationToken ct)
    {
        // The query filter hides departments of other forces: for this user they do not exist.
        var department = await db.Departments.Include(d => d.Force).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (department is not null)
        {
            DepartmentName = department.Name;
            ForceName = department.Force!.Name;
        }

        return department;
    }
}

public class DepartmentChangeInput
{
    public string Name { get; set; } = string.Empty;

    [System.ComponentModel.DataAnnotations.Display(Name = "Open")]
    public bool? IsActive { get; set; }
    public int Version { get; set; }
}

public class DepartmentChangeInputValidator : AbstractValidator<DepartmentChangeInput>
{
    public DepartmentChangeInputValidator()
    {
        RuleFor(x => x.Name).IsDepartmentName();
        RuleFor(x => x.IsActive)
            .NotNull().WithMessage("Select yes if the department is open");
    }
}
