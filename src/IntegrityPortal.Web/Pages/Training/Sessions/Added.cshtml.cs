using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Sessions;

/// <summary>
/// The confirmation after a new session is recorded: its course, date and trainer, how many
/// attended, and what comes next. The form is not on this page, so a reload records nothing
/// more. It counts the people who attended and names none of them, so, unlike the session's
/// page, it is not recorded as a read. Only those who may record a session open it: the
/// folder's policy, and, as on the form, a home force. A session of a force the user does not
/// serve is "not found", by the force filter.
/// </summary>
public class AddedModel(IntegrityDbContext db) : PageModel
{
    public TrainingSession Session { get; private set; } = null!;
    public int Attended { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        Session = session;
        Attended = await db.TrainingAttendances.CountAsync(a => a.SessionId == id, ct);
        return Page();
    }
}
