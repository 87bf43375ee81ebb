using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Courses;

/// <summary>
/// The confirmation after a course is added: its title, who must take it and how often, and
/// what comes next (its sessions, then who attended). The form is not on this page, so a reload
/// or a second click adds no second course. It shows the course, none of anyone's training, so
/// it is not recorded as a read. Only those who may add a course open it: the folder's policy,
/// and, as on the form, a home force (a national administrator reads the register but records
/// in none). A course of a force the user does not serve is "not found", by the force filter.
/// </summary>
public class AddedModel(IntegrityDbContext db) : PageModel
{
    public Course Course { get; private set; } = null!;
    public string ForceName { get; private set; } = string.Empty;
    public string AudienceText { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return NotFound();
        }

        Course = course;
        ForceName = await db.Forces.Where(f => f.Id == course.ForceId).Select(f => f.Name).SingleAsync(ct);
        AudienceText = await TrainingPages.AudienceTextAsync(db, course, ct);
        return Page();
    }
}
