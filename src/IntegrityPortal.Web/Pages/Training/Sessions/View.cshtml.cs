using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Sessions;

/// <summary>
/// A session and who attended it, by name and rank or grade (a read of those people's training
/// records, so it is audited), with a form to record more attendance.
/// </summary>
public class ViewModel(IntegrityDbContext db, AuditLog audit, IValidator<AttendanceInput> validator) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(string Name, string Number, string? Department);

    [BindProperty]
    public AttendanceInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public TrainingSession Session { get; private set; } = null!;
    public PagedList<Row> Attended { get; private set; } = null!;
    public string? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Confirmation = TempData[TrainingPages.ConfirmationKey] as string;
        return Page();
    }

    /// <summary>A national administrator reads every force's register but records in none.</summary>
    public bool MayRecord => db.Actor.HomeForceId is not null;

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        var numbers = TrainingPages.Numbers(Input.Attended);
        var people = ModelState.IsValid ? await TrainingPages.PeopleAsync(db, session.ForceId, numbers, ct) : new Dictionary<string, int>();
        var missing = numbers.Where(n => !people.ContainsKey(n)).ToList();
        if (ModelState.IsValid && missing.Count > 0)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(AttendanceInput.Attended)}", TrainingPages.NotFound(missing));
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        var added = await TrainingRecords.AddAttendanceAsync(db, session, people.Values, ct);
        await db.SaveChangesAsync(ct);
        var already = people.Count - added;
        TempData[TrainingPages.ConfirmationKey] = $"{added} {(added == 1 ? "person" : "people")} added to the session."
            + (already == 0 ? "" : $" {already} {(already == 1 ? "was" : "were")} already recorded.");
        return Redirect($"/Training/Sessions/View/{id}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.Course).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return false;
        }

        Session = session;
        var people = await PagedList<TrainingPages.PersonInDepartment>.CreateAsync(
            db.TrainingAttendances.AsNoTracking().Where(a => a.SessionId == id)
                .OrderBy(a => a.Person!.FamilyName).ThenBy(a => a.Person!.GivenName).ThenBy(a => a.Id)
                .Select(a => new TrainingPages.PersonInDepartment { Person = a.Person!, Department = a.Person!.Department!.Name }),
            PageNumber, PageSize, ct);
        Attended = people.Map(p => new Row(p.Person.NameAndRankOrGrade, p.Person.Number, p.Department));
        await audit.RecordReadAsync(nameof(TrainingSession), id.ToString(System.Globalization.CultureInfo.InvariantCulture), session.ForceId,
            AuditDescription.Of(("page", people.Page)), ct);
        return true;
    }

    public string PageHref(int page) => page == 1 ? $"/Training/Sessions/View/{Session.Id}" : $"/Training/Sessions/View/{Session.Id}?pageNumber={page}";
}
