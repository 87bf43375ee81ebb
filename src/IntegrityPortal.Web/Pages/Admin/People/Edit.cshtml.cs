using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Admin.People;

/// <summary>
/// An administrator adds a person (no id), then sees the person's confirmation page
/// (<see cref="AddedModel"/>), or changes one, then returns to the list with a banner. A
/// person of a force outside the user's scope is "not found". Every reference the form posts (force, department, line
/// manager) is checked against the user's scope and the person's force before anything is
/// written, so a tampered form gets a message, never a server error.
/// </summary>
public class EditModel(IntegrityDbContext db, IValidator<PersonInput> validator) : PageModel
{
    public const string DuplicateNumber = "A person with this number already exists in this force";

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public bool IsNew { get; private set; }
    public string? PersonName { get; private set; }

    /// <summary>The force the person belongs to, when it is settled (an edit, or a force administrator).</summary>
    public string? FixedForceName { get; private set; }

    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> DepartmentOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> LineManagerOptions { get; private set; } = [];

    public static readonly IReadOnlyList<SelectListItem> KindOptions =
    [
        new("Police officer", nameof(PersonKind.Officer)),
        new("Police staff", nameof(PersonKind.Staff)),
    ];

    public static readonly IReadOnlyList<SelectListItem> RankOptions =
        Enum.GetValues<PoliceRank>().Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();

    // The administrator's list of people this person was opened from (PeopleAdminListState):
    // its values come in the address, and the form posts back to the same address.
    [BindProperty(SupportsGet = true, Name = "Search")]
    public string? ListSearch { get; set; }

    [BindProperty(SupportsGet = true, Name = "ForceId")]
    public int? ListForceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "DepartmentId")]
    public int? ListDepartmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "Kind")]
    public PersonKind? ListKind { get; set; }

    [BindProperty(SupportsGet = true, Name = "Status")]
    public string? ListStatus { get; set; }

    [FromQuery(Name = "page")]
    public int? ListPage { get; set; }

    public PeopleAdminListState List { get; private set; } = null!;

    /// <summary>The next person in the list, for "Next in this list" (people already added only).</summary>
    public int? NextId { get; private set; }

    private Person? person;
    private List<ForceOption> forces = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (ModelState.TryGetValue("id", out var idEntry) && idEntry.Errors.Count > 0)
        {
            // The id in the address could not be read as a number.
            return NotFound();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (person is not null)
        {
            NextId = await List.NextAfterAsync(db.People.AsNoTracking(), person, ct);
        }

        if (person is null)
        {
            Input = new PersonInput
            {
                // "Add a person" from a list filtered by force adds to that force.
                ForceId = forces.Count == 1 ? forces[0].Id : List.ForceId,
                IsActive = true,
            };
        }
        else
        {
            Input = new PersonInput
            {
                ForceId = person.ForceId,
                Kind = person.Kind.ToString(),
                Number = person.Number,
                GivenName = person.GivenName,
                FamilyName = person.FamilyName,
                Rank = person.Rank?.ToString(),
                Grade = person.Grade,
                DepartmentId = person.DepartmentId,
                LineManagerId = person.LineManagerId,
                IsActive = person.IsActive,
                Version = person.Version,
            };
        }

        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (!ModelState.IsValid && ModelState.TryGetValue("id", out var idEntry) && idEntry.Errors.Count > 0)
        {
            return NotFound();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (person is not null)
        {
            // A person stays in their force: their records are evidence held by that force.
            ModelState.Remove($"{nameof(Input)}.{nameof(PersonInput.ForceId)}");
            Input.ForceId = person.ForceId;
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();
        await CheckAgainstDatabaseAsync(ct);
        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(ct);
            return Page();
        }

        var record = person ?? new Person { ForceId = Input.ForceId!.Value, Number = string.Empty, GivenName = string.Empty, FamilyName = string.Empty };
        record.Kind = Input.KindValue!.Value;
        record.Number = Input.Number.Trim();
        record.GivenName = Input.GivenName.Trim();
        record.FamilyName = Input.FamilyName.Trim();
        record.Rank = record.Kind == PersonKind.Officer ? Input.RankValue : null;
        record.Grade = record.Kind == PersonKind.Staff ? Input.Grade!.Trim() : null;
        record.DepartmentId = Input.DepartmentId;
        record.LineManagerId = Input.LineManagerId;
        record.IsActive = Input.IsActive!.Value;

        if (!await TrySaveAsync(record, ct))
        {
            await LoadOptionsAsync(ct);
            return Page();
        }

        if (person is null)
        {
            // A new person has a confirmation page of their own, so a reload adds no one.
            return Redirect(List.Href($"/Admin/People/Added/{record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        TempData["Confirmation"] = $"Changes to {record.FullName} saved";
        return Redirect(List.ListHref);
    }

    /// <summary>Loads the forces in scope and, for an edit, the person; false if the person is not found.</summary>
    private async Task<bool> LoadAsync(int? id, CancellationToken ct)
    {
        forces = await db.VisibleForces.AsNoTracking().OrderBy(f => f.Name).Select(f => new ForceOption(f.Id, f.Name)).ToListAsync(ct);
        // A list value edited by hand is not applied, as on the list, and never stops a save.
        var listKeys = new[] { "Search", "ForceId", "DepartmentId", "Kind", "Status", "page" };
        var unreadable = listKeys.Any(k => ModelState.TryGetValue(k, out var entry) && entry.Errors.Count > 0);
        foreach (var key in listKeys)
        {
            ModelState.Remove(key);
        }

        List = PeopleAdminListState.Read(
            ListSearch,
            unreadable ? null : ListForceId,
            unreadable ? null : ListDepartmentId,
            unreadable ? null : ListKind,
            ListStatus,
            unreadable ? null : ListPage,
            [.. forces.Select(f => f.Id)]);
        IsNew = id is null;
        if (id is null)
        {
            FixedForceName = forces.Count == 1 ? forces[0].Name : null;
            return true;
        }

        // The query filter hides people of other forces: for this user they do not exist.
        person = await db.People.Include(p => p.Force).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return false;
        }

        PersonName = person.FullName;
        FixedForceName = person.Force!.Name;
        return true;
    }

    private int? ForceInScope => Input.ForceId is { } f && forces.Any(x => x.Id == f) ? f : null;

    private async Task CheckAgainstDatabaseAsync(CancellationToken ct)
    {
        const string forceKey = $"{nameof(Input)}.{nameof(PersonInput.ForceId)}";
        if (ModelState.IsFieldValid(forceKey) && Input.ForceId is not null && ForceInScope is null)
        {
            ModelState.AddModelError(forceKey, "Select a force that you administer");
        }

        if (ForceInScope is not { } force)
        {
            return;
        }

        const string numberKey = $"{nameof(Input)}.{nameof(PersonInput.Number)}";
        if (ModelState.IsFieldValid(numberKey) && await NumberTakenAsync(force, ct))
        {
            ModelState.AddModelError(numberKey, DuplicateNumber);
        }

        const string departmentKey = $"{nameof(Input)}.{nameof(PersonInput.DepartmentId)}";
        if (ModelState.IsFieldValid(departmentKey) && Input.DepartmentId is { } departmentId)
        {
            var department = await db.Departments.AsNoTracking()
                .Where(d => d.Id == departmentId)
                .Select(d => new { d.ForceId, d.IsActive })
                .SingleOrDefaultAsync(ct);
            if (department is null || department.ForceId != force)
            {
                ModelState.AddModelError(departmentKey, "Select a department of the person's force");
            }
            else if (!department.IsActive && departmentId != person?.DepartmentId)
            {
                ModelState.AddModelError(departmentKey, "That department is closed: select an open department");
            }
        }

        const string managerKey = $"{nameof(Input)}.{nameof(PersonInput.LineManagerId)}";
        if (ModelState.IsFieldValid(managerKey) && Input.LineManagerId is { } managerId)
        {
            var manager = await db.People.AsNoTracking()
                .Where(p => p.Id == managerId)
                .Select(p => new { p.ForceId, p.IsActive })
                .SingleOrDefaultAsync(ct);
            if (manager is null || manager.ForceId != force)
            {
                ModelState.AddModelError(managerKey, "Select a line manager from the person's force");
            }
            else if (managerId == person?.Id)
            {
                ModelState.AddModelError(managerKey, "A person cannot be their own line manager");
            }
            else if (!manager.IsActive && managerId != person?.LineManagerId)
            {
                ModelState.AddModelError(managerKey, "That person is inactive: select an active line manager");
            }
            else if (person is not null && (await ManagedByAsync(person, ct)).Contains(managerId))
            {
                ModelState.AddModelError(managerKey, "The line manager cannot be someone this person manages, directly or through others");
            }
        }
    }

    private Task<bool> NumberTakenAsync(int force, CancellationToken ct)
    {
        // Upper-cased on both sides: SQL Server's usual collation would treat "s1001" and
        // "S1001" as the same number, so the check does too, whichever database is in use.
        var number = Input.Number.Trim().ToUpperInvariant();
        var self = person?.Id;
        return db.People.AnyAsync(p => p.ForceId == force && p.Number.ToUpper() == number && p.Id != self, ct);
    }

    /// <summary>Everyone below the person in the line, directly or indirectly.</summary>
    private async Task<HashSet<int>> ManagedByAsync(Person top, CancellationToken ct)
    {
        var lines = await db.People.AsNoTracking()
            .Where(p => p.ForceId == top.ForceId && p.LineManagerId != null)
            .Select(p => new { p.Id, ManagerId = p.LineManagerId!.Value })
            .ToListAsync(ct);
        var reports = lines.ToLookup(l => l.ManagerId, l => l.Id);
        var below = new HashSet<int>();
        var queue = new Queue<int>([top.Id]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var report in reports[next])
            {
                if (report != top.Id && below.Add(report))
                {
                    queue.Enqueue(report);
                }
            }
        }

        return below;
    }

    private async Task<bool> TrySaveAsync(Person record, CancellationToken ct)
    {
        try
        {
            if (person is null)
            {
                db.People.Add(record);
                await db.SaveChangesAsync(ct);
                return true;
            }

            return await db.TrySaveAsync(record, Input.Version, ModelState, ct);
        }
        catch (DomainRuleException)
        {
            // The checks above should make this unreachable; if not, the user is told, not shown a 500.
            ModelState.AddModelError(string.Empty, "You cannot make this change: the person, department or line manager belongs to a force you do not administer");
            return false;
        }
        catch (DbUpdateException) when (ModelState.IsValid)
        {
            // Someone else saved the same number between the check and this save.
            if (!await NumberTakenAsync(record.ForceId, ct))
            {
                throw;
            }

            ModelState.AddModelError($"{nameof(Input)}.{nameof(PersonInput.Number)}", DuplicateNumber);
            return false;
        }
    }

    private async Task LoadOptionsAsync(CancellationToken ct)
    {
        ForceOptions = forces.Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();

        // Until a force is chosen, every force's departments and people are offered, named with their force.
        var force = ForceInScope;
        var labelForce = force is null && forces.Count > 1;
        var currentDepartment = person?.DepartmentId;
        var departments = db.Departments.AsNoTracking().Where(d => d.IsActive || d.Id == currentDepartment);
        if (force is not null)
        {
            departments = departments.Where(d => d.ForceId == force);
        }

        DepartmentOptions = (await departments
                .OrderBy(d => d.Force!.Name).ThenBy(d => d.Name)
                .Select(d => new { d.Id, d.Name, d.IsActive, Force = d.Force!.Name })
                .ToListAsync(ct))
            .Select(d => new SelectListItem(
                d.Name + (labelForce ? $" ({d.Force})" : "") + (d.IsActive ? "" : " (closed)"),
                d.Id.ToString()))
            .ToList();

        var self = person?.Id;
        var currentManager = person?.LineManagerId;
        HashSet<int> excluded = person is null ? [] : await ManagedByAsync(person, ct);
        var managers = db.People.AsNoTracking().Where(p => (p.IsActive || p.Id == currentManager) && p.Id != self);
        if (force is not null)
        {
            managers = managers.Where(p => p.ForceId == force);
        }

        LineManagerOptions = (await managers
                .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Number)
                .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.Number, p.IsActive, Force = p.Force!.Name })
                .ToListAsync(ct))
            .Where(p => !excluded.Contains(p.Id))
            .Select(p => new SelectListItem(
                $"{p.FamilyName}, {p.GivenName} ({p.Number})" + (labelForce ? $", {p.Force}" : "") + (p.IsActive ? "" : " (inactive)"),
                p.Id.ToString()))
            .ToList();
    }

    private sealed record ForceOption(int Id, string Name);
}

/// <summary>The form. Display names are what a message about an unreadable value calls the field.</summary>
public class PersonInput
{
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    /// <summary>A <see cref="PersonKind"/> name. Read as text so that an unknown value gets the field's own message.</summary>
    public string? Kind { get; set; }

    public string Number { get; set; } = string.Empty;
    public string GivenName { get; set; } = string.Empty;
    public string FamilyName { get; set; } = string.Empty;

    /// <summary>A <see cref="PoliceRank"/> name, read as text like <see cref="Kind"/>.</summary>
    public string? Rank { get; set; }

    public string? Grade { get; set; }

    [Display(Name = "Department")]
    public int? DepartmentId { get; set; }

    [Display(Name = "Line manager")]
    public int? LineManagerId { get; set; }

    [Display(Name = "Active")]
    public bool? IsActive { get; set; }

    public int Version { get; set; }

    public PersonKind? KindValue => ParseName<PersonKind>(Kind);
    public PoliceRank? RankValue => ParseName<PoliceRank>(Rank);

    /// <summary>Only a member's name is accepted, never a number that merely fits the type.</summary>
    private static T? ParseName<T>(string? value) where T : struct, Enum =>
        value is not null && Enum.GetNames<T>().Contains(value) ? Enum.Parse<T>(value) : null;
}

public class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(x => x.ForceId)
            .NotNull().WithMessage("Select a force");
        RuleFor(x => x.IsActive)
            .NotNull().WithMessage("Select yes if the person is still with the force");
        RuleFor(x => x.Kind)
            .Must((input, _) => input.KindValue is not null).WithMessage("Select whether the person is a police officer or police staff");
        RuleFor(x => x.Number)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the collar or staff number")
            .Must(n => (n ?? string.Empty).Trim().Length <= 20).WithMessage("Collar or staff number must be 20 characters or fewer");
        RuleFor(x => x.GivenName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the given name")
            .Must(n => (n ?? string.Empty).Trim().Length <= 100).WithMessage("Given name must be 100 characters or fewer");
        RuleFor(x => x.FamilyName)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the family name")
            .Must(n => (n ?? string.Empty).Trim().Length <= 100).WithMessage("Family name must be 100 characters or fewer");
        When(x => x.KindValue == PersonKind.Officer, () =>
            RuleFor(x => x.Rank)
                .Must((input, _) => input.RankValue is not null).WithMessage("Select the officer's rank"));
        When(x => x.KindValue == PersonKind.Staff, () =>
            RuleFor(x => x.Grade)
                .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage("Enter the grade of the member of staff")
                .Must(g => (g ?? string.Empty).Trim().Length <= 50).WithMessage("Grade must be 50 characters or fewer"));
    }
}
