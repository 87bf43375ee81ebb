using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Courses;

/// <summary>
/// The training register: the courses of the forces the user serves, with how many people must
/// take each and where they stand, counted by the database (<see cref="TrainingFigures"/>). The
/// page shows counts only; the lists of people are on each course's page, and their reads are recorded.
/// </summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public const int PageSize = 20;

    public sealed record CourseRow(Course Course, string ForceName, int Required, int Current, int Due, int Overdue, int NeverTrained)
    {
        public string CurrentShare => ViewModel.Share(Current + Due, Required);
    }

    public sealed class ForceCourse
    {
        public required Course Course { get; init; }
        public required string ForceName { get; init; }
    }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<CourseRow> Courses { get; private set; } = null!;
    public bool SeveralForces { get; private set; }
    public bool MayAdd => db.Actor.HomeForceId is not null;
    public string? Confirmation => TempData[TrainingPages.ConfirmationKey] as string;

    public async Task OnGetAsync(CancellationToken ct)
    {
        SeveralForces = await db.VisibleForces.Take(2).CountAsync(ct) > 1;
        var courses = await PagedList<ForceCourse>.CreateAsync(
            db.Courses.AsNoTracking()
                .Join(db.Forces, c => c.ForceId, f => f.Id, (c, f) => new ForceCourse { Course = c, ForceName = f.Name })
                .OrderBy(r => r.ForceName).ThenBy(r => r.Course.Title).ThenBy(r => r.Course.Id),
            PageNumber, PageSize, ct);
        var today = db.Clock.Today();
        var rows = new List<CourseRow>();
        foreach (var (course, force) in courses.Items.Select(r => (r.Course, r.ForceName)))
        {
            var coverage = await TrainingFigures.CoverageByDepartmentAsync(db, course, today, ct);
            rows.Add(new CourseRow(course, force, coverage.Sum(c => c.Required), coverage.Sum(c => c.Current), coverage.Sum(c => c.Due),
                coverage.Sum(c => c.Overdue), coverage.Sum(c => c.NeverTrained)));
        }

        Courses = new PagedList<CourseRow>
        {
            Items = rows, Page = courses.Page, PageSize = courses.PageSize, TotalCount = courses.TotalCount,
            CountIsCapped = courses.CountIsCapped, PageCount = courses.PageCount,
        };
    }

    public string PageHref(int page) => page == 1 ? "/Training/Courses" : $"/Training/Courses?pageNumber={page}";
}
