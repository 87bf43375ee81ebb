using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.PolicyLibrary;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments;

/// <summary>
/// One action of an assessment, with its progress notes. Its owner (any person of the force)
/// opens it from their home page and reports progress, as the head of PSD and the DCC may;
/// the PCC and the inspectorate read it. Anyone else is refused.
/// </summary>
public class ActionModel(IntegrityDbContext db, PersonNames names) : PageModel
{
    public sealed class ProgressInput
    {
        public ActionStatus? Status { get; set; }
        public string? Note { get; set; }
        public int Version { get; set; }
    }

    public sealed record NoteRow(DateTime WrittenUtc, string By, string Text);

    [BindProperty]
    public ProgressInput Input { get; set; } = new();

    public AssessmentAction Action { get; private set; } = null!;
    public string ItemText { get; private set; } = string.Empty;
    public int ItemNumber { get; private set; }
    public string AssessmentTitle { get; private set; } = string.Empty;
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];
    public bool MayProgress { get; private set; }
    public bool Overdue => Action.Status != ActionStatus.Completed && Action.DueOn < db.Clock.Today();
    public string? Confirmation => TempData[SelfAssessmentPages.ConfirmationKey] as string;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        Input = new ProgressInput { Status = Action.Status, Version = Action.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        if (!MayProgress)
        {
            return Forbid();
        }

        if (Action.Status == ActionStatus.Completed)
        {
            // Completed since the page was shown (a second click, or by someone else): say so, offer nothing.
            ModelState.AddModelError(string.Empty, "The action is completed: it cannot be changed");
            return Page();
        }

        if (Input.Status is not { } status || !Enum.IsDefined(status))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ProgressInput.Status)}", "Select how the action stands");
        }

        if ((Input.Note ?? string.Empty).Trim().Length > SelfAssessmentRules.NoteLength)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ProgressInput.Note)}", $"The note must be {SelfAssessmentRules.NoteLength:N0} characters or fewer");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            new SelfAssessmentWorkflow(db).Progress(Action, Input.Status!.Value, Input.Note, db.Actor.UserName);
        }
        catch (SelfAssessmentRuleException e)
        {
            ModelState.AddModelError($"{nameof(Input)}.{e.Field}", e.Message);
            return Page();
        }

        if (!await db.TrySaveAsync(Action, Input.Version, ModelState, ct))
        {
            await db.Entry(Action).ReloadAsync(ct);
            return Page();
        }

        TempData[SelfAssessmentPages.ConfirmationKey] = Action.Status == ActionStatus.Completed ? "Action completed." : "Progress recorded.";
        return Redirect($"/SelfAssessment/Action/{id}");
    }

    /// <summary>Loads the action; null when the user may see it, otherwise the refusal.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var action = await db.AssessmentActions.Include(a => a.Owner).Include(a => a.Answer!).ThenInclude(a => a.TemplateItem)
            .Include(a => a.Answer!).ThenInclude(a => a.Assessment).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (action is null)
        {
            return NotFound();
        }

        var isOwner = PolicyPages.PersonId(User) == action.OwnerId;
        if (!isOwner && !SelfAssessmentPages.MayRead(User))
        {
            return Forbid();
        }

        Action = action;
        ItemText = action.Answer!.TemplateItem!.Text;
        ItemNumber = action.Answer.TemplateItem.Number;
        AssessmentTitle = action.Answer.Assessment!.Title;
        // The owner, or the head of PSD or DCC of the action's own force (not an alliance partner's).
        MayProgress = isOwner || (SelfAssessmentPages.MayWrite(User) && db.Actor.HomeForceId == action.ForceId);
        var notes = await db.ActionNotes.AsNoTracking().Where(n => n.ActionId == id).OrderBy(n => n.WrittenUtc).ThenBy(n => n.Id).ToListAsync(ct);
        var rows = new List<NoteRow>();
        foreach (var note in notes)
        {
            rows.Add(new NoteRow(note.WrittenUtc, await names.OfAsync(note.WrittenBy), note.Text));
        }

        Notes = rows;
        return null;
    }
}
