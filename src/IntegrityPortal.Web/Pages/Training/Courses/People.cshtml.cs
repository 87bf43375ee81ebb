using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Courses;

/// <summary>
/// The people of a course's audience who are up to date, due soon, overdue or never trained,
/// filtered and paged by the database with the same two dates as the figures. The list is part of
/// those people's integrity records, so each view is recorded in the audit trail.
/// </summary>
public class PeopleModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public sealed record Row(string Name, string Number, string? Department, DateOnly? LastTrained, DateOnly? NextDue);

    [BindProperty(SupportsGet = true)]
    public TrainingStanding Standing { get; set; } = TrainingStanding.Overdue;

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public Course Course { get; private set; } = null!;
    public PagedList<Row> People { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return NotFound();
        }

        Course = course;
        var rows = await PagedList<TrainedPerson>.CreateAsync(
            TrainingFigures.WithStanding(db, course, Standing, db.Clock.Today())
                .OrderBy(r => r.LastTrained).ThenBy(r => r.Person.FamilyName).ThenBy(r => r.Person.GivenName).ThenBy(r => r.Person.Id),
            PageNumber, ct: ct);
        var departmentIds = rows.Items.Where(r => r.Person.DepartmentId is not null).Select(r => r.Person.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        People = rows.Map(r => new Row(r.Person.NameAndRankOrGrade, r.Person.Number,
            r.Person.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null,
            r.LastTrained, new PersonCourse(course, r.LastTrained, Standing).NextDue));
        await audit.RecordReadAsync(nameof(Course), course.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), course.ForceId,
            AuditDescription.Of(("people", Standing.ToString()), ("page", People.Page)), ct);
        return Page();
    }

    public string PageHref(int page) => $"/Training/Courses/People/{Course.Id}?standing={Standing}{(page == 1 ? "" : $"&pageNumber={page}")}";
}
