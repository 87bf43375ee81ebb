using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Courses;

/// <summary>
/// A course: who must take it, its coverage by department (counted by the database), and its
/// sessions, newest first. Counts only: the people behind each count are on the People page.
/// A course of a force the user does not serve is 404, by the force filter.
/// </summary>
public class ViewModel(IntegrityDbContext db) : PageModel
{
    public const int SessionsPerPage = 20;

    public sealed record SessionRow(int Id, DateOnly HeldOn, string Trainer, int Attended);

    public sealed record CoverageRow(string Department, CourseCoverageRow Figures);

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public Course Course { get; private set; } = null!;
    public string ForceName { get; private set; } = string.Empty;
    public string AudienceText { get; private set; } = string.Empty;
    public IReadOnlyList<CoverageRow> Coverage { get; private set; } = [];
    public CourseCoverageRow Total { get; private set; } = null!;
    public PagedList<SessionRow> Sessions { get; private set; } = null!;
    public string? Confirmation => TempData[TrainingPages.ConfirmationKey] as string;

    /// <summary>A national administrator reads every force's register but records in none.</summary>
    public bool MayRecord => db.Actor.HomeForceId is not null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return NotFound();
        }

        Course = course;
        ForceName = await db.Forces.Where(f => f.Id == course.ForceId).Select(f => f.Name).SingleAsync(ct);
        AudienceText = await TrainingPages.AudienceTextAsync(db, course, ct);
        var coverage = await TrainingFigures.CoverageByDepartmentAsync(db, course, db.Clock.Today(), ct);
        var departmentIds = coverage.Where(c => c.DepartmentId is not null).Select(c => c.DepartmentId!.Value).ToList();
        var names = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        Coverage = coverage
            .Select(c => new CoverageRow(c.DepartmentId is { } d ? names.GetValueOrDefault(d, "Unknown department") : "No department recorded", c))
            .OrderBy(c => c.Department, StringComparer.CurrentCulture).ToList();
        Total = new CourseCoverageRow(null, coverage.Sum(c => c.Required), coverage.Sum(c => c.Current), coverage.Sum(c => c.Due),
            coverage.Sum(c => c.Overdue), coverage.Sum(c => c.NeverTrained));
        Sessions = await PagedList<SessionRow>.CreateAsync(
            db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == id).OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Id)
                .Select(s => new SessionRow(s.Id, s.HeldOn, s.Trainer, db.TrainingAttendances.Count(a => a.SessionId == s.Id))),
            PageNumber, SessionsPerPage, ct);
        return Page();
    }

    public string PageHref(int page) => page == 1 ? $"/Training/Courses/View/{Course.Id}" : $"/Training/Courses/View/{Course.Id}?pageNumber={page}";

    /// <summary>"12 (40%)": a count and its share of those who must take the course.</summary>
    public static string Share(int count, int required) => required == 0 ? "0" : $"{count:N0} ({100.0 * count / required:0}%)";
}
