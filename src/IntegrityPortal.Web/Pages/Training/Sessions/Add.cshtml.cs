using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Sessions;

/// <summary>
/// Records a session of a course (its date and trainer) and, optionally, who attended, by
/// collar or staff number. A new session leads to its confirmation page (<see cref="AddedModel"/>);
/// a session already recorded returns to its own page with a banner.
/// </summary>
public class AddModel(IntegrityDbContext db, IValidator<SessionInput> validator) : PageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        db.Actor.HomeForceId is null ? Forbid() : await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        // A national administrator reads every force's register but records in none.
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        const string attendedKey = $"{nameof(Input)}.{nameof(SessionInput.Attended)}";
        var numbers = TrainingPages.Numbers(Input.Attended);
        var people = ModelState.IsFieldValid(attendedKey) ? await TrainingPages.PeopleAsync(db, Course.ForceId, numbers, ct) : new Dictionary<string, int>();
        var missing = numbers.Where(n => !people.ContainsKey(n)).ToList();
        if (ModelState.IsFieldValid(attendedKey) && missing.Count > 0)
        {
            ModelState.AddModelError(attendedKey, TrainingPages.NotFound(missing));
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A session is its course, date and trainer: the same three again (a second click, a
        // second sheet) add to the session already recorded, as an import would.
        var (session, isNew) = await TrainingRecords.SessionAsync(db, Course, Input.HeldOn!.Value, Input.Trainer!, ct);
        var added = await TrainingRecords.AddAttendanceAsync(db, session, people.Values, ct);
        await db.SaveChangesAsync(ct);
        if (isNew)
        {
            // A new session has a confirmation page of its own, so a reload records nothing more.
            return RedirectToPage("Added", new { id = session.Id });
        }

        // The same session again is a step on a record that exists: its page shows what changed.
        TempData[TrainingPages.ConfirmationKey] =
            $"The session of {UkFormat.Date(session.HeldOn)} by {session.Trainer} was already recorded: {added} {(added == 1 ? "person" : "people")} added to it.";
        return Redirect($"/Training/Sessions/View/{session.Id}");
    }

    private async Task<bool> LoadAsync(int courseId, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, ct);
        Course = course!;
        return course is not null;
    }
}
