using IntegrityPortal.Core.Auditing;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations.Leaks;

public class NoCaseInput
{
    public string? PsdNote { get; set; }
    public int Version { get; set; }
}

public class NoCaseInputValidator : AbstractValidator<NoCaseInput>
{
    public NoCaseInputValidator()
    {
        RuleFor(x => x.PsdNote)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why no case is opened")
            .Must(v => (v ?? string.Empty).Trim().Length <= InvestigationWorkflow.NoteMaximum)
            .WithMessage($"The note must be {InvestigationWorkflow.NoteMaximum:N0} characters or fewer");
    }
}

/// <summary>
/// PSD record that no case is opened for a flag, and why; the flag leaves the queue. The answer
/// cannot be undone, so "Continue" shows it to check first (decision 0076), and a recorded answer
/// ends on its confirmation.
/// </summary>
public class NoCaseModel(IntegrityDbContext db, IValidator<NoCaseInput> validator, AuditLog audit) : PageModel
{
    [BindProperty]
    public NoCaseInput Input { get; set; } = new();

    public SuspectedLeak Leak { get; private set; } = null!;

    // PSD's list of suspected leaks this flag was opened from (LeakListState); the form posts
    // back to the same address, so the list comes back after the note is recorded.
    [BindProperty(SupportsGet = true, Name = "Status")]
    public string? ListStatus { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public LeakListState List { get; private set; } = new(SuspectedLeakStatus.AwaitingPsd, null);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.Version = Leak.Version;
        await audit.RecordReadAsync(nameof(SuspectedLeak), id.ToString(), Leak.ForceId, null, ct);
        return Page();
    }

    /// <summary>True when the page shows the answer to check before it is recorded (decision 0076).</summary>
    public bool Checking { get; private set; }

    /// <summary>"Continue": the note checked as it would be recorded, then shown to check; nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        Checking = ModelState.IsValid && Leak.Status == SuspectedLeakStatus.AwaitingPsd;
        return Page();
    }

    /// <summary>"Change" on the check: the form again with the note as it was typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>"Record no case": checked again, recorded, then its confirmation (<see cref="NoCaseRecordedModel"/>).</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            new SuspectedLeaks(db).RecordNoCase(Leak, Input.PsdNote);
        }
        catch (InvestigationRuleException e)
        {
            ModelState.AddModelError(e.Field.Length == 0 ? string.Empty : $"Input.{e.Field}", e.Message);
            return Page();
        }

        if (!await db.TrySaveAsync(Leak, Input.Version, ModelState, ct))
        {
            return Page();
        }

        return Redirect(List.Href($"/Investigations/Leaks/NoCaseRecorded/{id}"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        List = LeakListState.Checked(ListStatus, ListPage, ModelState);
        var leak = await db.SuspectedLeaks.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (leak is null)
        {
            return false;
        }

        Leak = leak;
        return true;
    }
}
