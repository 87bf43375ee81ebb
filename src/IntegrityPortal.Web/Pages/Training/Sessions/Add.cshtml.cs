using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Sessions;

/// <summary>Records a session of a course (its date and trainer) and, optionally, who attended, by collar or staff number.</summary>
public class AddModel(IntegrityDbContext db, IValidator<SessionInput> validator) : PageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var numbers = TrainingPages.Numbers(Input.Attended);
        var people = await TrainingPages.PeopleAsync(db, Course.ForceId, numbers, ct);
        var missing = numbers.Where(n => !people.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(SessionInput.Attended)}", TrainingPages.NotFound(missing));
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var session = new TrainingSession
        {
            ForceId = Course.ForceId,
            CourseId = Course.Id,
            HeldOn = Input.HeldOn!.Value,
            Trainer = Input.Trainer!.Trim(),
            CreatedUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        db.TrainingSessions.Add(session);
        var added = await TrainingRecords.AddAttendanceAsync(db, session, people.Values, ct);
        await db.SaveChangesAsync(ct);
        TempData[TrainingPages.ConfirmationKey] = $"Session of {UkFormat.Date(session.HeldOn)} recorded, with {added} {(added == 1 ? "person" : "people")} attending.";
        return Redirect($"/Training/Sessions/View/{session.Id}");
    }

    private async Task<bool> LoadAsync(int courseId, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, ct);
        Course = course!;
        return course is not null;
    }
}
