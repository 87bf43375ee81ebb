using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Courses;

/// <summary>
/// PSD or the force's administrator adds a course: what it is, how often it must be taken and
/// who must take it. A user who serves several forces (an alliance's PSD) first chooses the
/// force, as the departments and people offered are that force's. The course's confirmation
/// page follows (<see cref="AddedModel"/>).
/// </summary>
public class AddModel(IntegrityDbContext db, IValidator<CourseInput> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Force { get; set; }

    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ForceOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> DepartmentOptions { get; private set; } = [];
    public string ForceName { get; private set; } = string.Empty;

    /// <summary>The force is still to be chosen: the page asks only that.</summary>
    public bool ChoosingForce { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }

        if (ChoosingForce)
        {
            return Page();
        }

        var forceId = Force!.Value;
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var departments = Input.Departments.Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        if (Input.Audience == TrainingAudience.Departments && departments.Any(d => DepartmentOptions.All(o => o.Value != d.ToString(CultureInfo.InvariantCulture))))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CourseInput.Departments)}", "Select departments from the list");
        }

        var ranks = Input.Ranks.Select(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) ? rank : 0).ToList();
        if (Input.Audience == TrainingAudience.Ranks && ranks.Any(r => !Enum.IsDefined((PoliceRank)r)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CourseInput.Ranks)}", "Select ranks from the list");
        }

        var people = new List<int>();
        const string namedKey = $"{nameof(Input)}.{nameof(CourseInput.NamedPeople)}";
        if (Input.Audience == TrainingAudience.NamedPeople && ModelState.IsFieldValid(namedKey))
        {
            var numbers = TrainingPages.Numbers(Input.NamedPeople);
            var found = await TrainingPages.PeopleAsync(db, forceId, numbers, ct);
            var missing = numbers.Where(n => !found.ContainsKey(n)).ToList();
            if (missing.Count > 0)
            {
                ModelState.AddModelError(namedKey, TrainingPages.NotFound(missing));
            }

            people = found.Values.Distinct().ToList();
        }

        // Titles are unique in any case: the import finds a course by its title as a file spells it.
        const string titleKey = $"{nameof(Input)}.{nameof(CourseInput.Title)}";
        var title = (Input.Title ?? string.Empty).Trim();
        var upper = title.ToUpperInvariant();
        if (ModelState.IsFieldValid(titleKey) && await db.Courses.AnyAsync(c => c.ForceId == forceId && c.Title.ToUpper() == upper, ct))
        {
            ModelState.AddModelError(titleKey, "The force already has a course with this title");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var audience = Input.Audience!.Value;
        var ids = audience switch
        {
            TrainingAudience.Departments => departments,
            TrainingAudience.Ranks => ranks,
            TrainingAudience.NamedPeople => people,
            _ => [],
        };
        var course = new Course
        {
            ForceId = forceId,
            Title = title,
            Kind = Input.Kind!.Value,
            RenewalYears = Input.Renews == true ? Input.RenewalYearsValue : null,
            Audience = audience,
            AudienceIds = ids.Count == 0 ? null : string.Join(',', ids.Distinct().Order()),
            AudienceRoles = audience == TrainingAudience.Roles ? string.Join(',', Input.Roles.Distinct().Order()) : null,
            CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync(ct);
        return RedirectToPage("Added", new { id = course.Id });
    }

    /// <summary>The forces the user may add a course to (false: none), the chosen one, and its departments.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (db.Actor.HomeForceId is not { } home)
        {
            return false;
        }

        var forces = await db.VisibleForces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        ForceOptions = forces.Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        if (forces.Count == 1)
        {
            Force = home;
        }

        var chosen = forces.FirstOrDefault(f => f.Id == Force);
        if (chosen is null)
        {
            if (Force is not null)
            {
                ModelState.AddModelError(nameof(Force), "Select the force whose course it is");
            }

            Force = null;
            ChoosingForce = true;
            return true;
        }

        ForceName = chosen.Name;
        DepartmentOptions = (await db.Departments.AsNoTracking().Where(d => d.ForceId == chosen.Id && d.IsActive).OrderBy(d => d.Name)
                .Select(d => new { d.Id, d.Name }).ToListAsync(ct))
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }
}
