using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Pages.PolicyLibrary;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister;

/// <summary>The signed-in person's own training: the courses they must take and where they stand, and every session they attended.</summary>
public class IndexModel(IntegrityDbContext db) : PageModel
{
    public sealed record HistoryRow(DateOnly HeldOn, string Course, string Trainer);

    public IReadOnlyList<PersonCourse> Courses { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public bool MayRecord => TrainingRules.RecorderRoles.Any(User.IsInRole);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var person = PolicyPages.PersonId(User) is { } me ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == me, ct) : null;
        if (person is null)
        {
            return Forbid();
        }

        Courses = await TrainingFigures.ForPersonAsync(db, person, db.Clock.Today(), ct);
        // A person attends a few sessions a year: the whole history is short.
        History = await db.TrainingAttendances.AsNoTracking().Where(a => a.PersonId == person.Id)
            .OrderByDescending(a => a.Session!.HeldOn).ThenByDescending(a => a.Id)
            .Select(a => new HistoryRow(a.Session!.HeldOn, a.Session.Course!.Title, a.Session.Trainer))
            .ToListAsync(ct);
        return Page();
    }
}
