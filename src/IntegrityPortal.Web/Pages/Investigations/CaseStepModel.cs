using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>
/// What the pages of a case's steps share (add a person, link a record, add to the log, close,
/// mark as continuing, reopen): each is its own page with its own title and error summary, opened
/// from the case's page. The page shows the case's reference only, not its contents, so it is not
/// a consultation of the case; the case's page records each view. Each step goes through
/// <see cref="InvestigationWorkflow"/>, and a change of status is saved against the version the
/// form was built from. After a step the user goes back to the case's page, which offers only
/// the steps the case now allows.
/// </summary>
public abstract class CaseStepModel(IntegrityDbContext db) : PageModel
{
    public Investigation Case { get; private set; } = null!;

    // The list the case was opened from (InvestigationListState): carried through the step and
    // back to the case, so "Back to investigations" and "Next in this list" still follow it.
    [BindProperty(SupportsGet = true)]
    public InvestigationFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public InvestigationListState List { get; private set; } = new(new InvestigationFilter(), null);

    protected IntegrityDbContext Db => db;

    /// <summary>The page's heading, such as "Add a person to the case".</summary>
    public abstract string Heading { get; }

    /// <summary>The page's title: what it does, to which case.</summary>
    public abstract string Title { get; }

    /// <summary>Why the case, as it stands, does not allow this step; null when it does and the form is shown.</summary>
    public abstract string? NotOffered { get; }

    /// <summary>Loads the case (out of the user's forces it is not found) and builds the form afresh.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ResetForm();
        return Page();
    }

    /// <summary>A fresh form built from the case as it stands (today's date, the case's version).</summary>
    protected abstract void ResetForm();

    /// <summary>
    /// Validates the form (messages beside its fields), takes the step, and saves: against the
    /// form's version for a change of status, plainly for an added row. Nothing of a refused step
    /// is kept.
    /// </summary>
    protected async Task<IActionResult> StepAsync<TInput>(int id, string prefix, IValidator<TInput>? validator, TInput input, int? version,
        Func<InvestigationWorkflow, Task<string>> step, CancellationToken ct, Func<string, string>? field = null)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (validator is not null)
        {
            (await validator.ValidateAsync(input, ct)).AddToModelState(ModelState, prefix);
        }

        ModelState.ReplaceErrors("Link.Kind", "Select the kind of record");
        ModelState.ReplaceErrors("Close.Outcome", InvestigationWorkflow.OutcomeRequired);
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, ct);
        }

        string done;
        try
        {
            done = await step(new InvestigationWorkflow(db));
        }
        catch (InvestigationRuleException e)
        {
            // A step the case no longer allows has no field to stand beside: the message goes in the summary.
            var name = e.Message is InvestigationWorkflow.ClosedCase or InvestigationWorkflow.AlreadyClosed or InvestigationWorkflow.NotClosed
                ? "" : (field ?? (f => f))(e.Field);
            ModelState.AddModelError(name.Length == 0 ? string.Empty : $"{prefix}.{name}", e.Message);
            return await RedisplayAsync(id, ct);
        }

        if (version is { } formVersion)
        {
            if (!await db.TrySaveAsync(Case, formVersion, ModelState, ct))
            {
                return await RedisplayAsync(id, ct);
            }
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }

        TempData["Confirmation"] = $"{Case.Reference}: {done}";
        return Redirect(List.RecordHref(id));
    }

    /// <summary>Shows the page again with the user's input and messages, and the case as it now stands.</summary>
    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var investigation = await db.Investigations.Include(i => i.Force).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (investigation is null)
        {
            return false;
        }

        Case = investigation;
        List = await InvestigationListState.CheckedAsync(db, Filter, ListPage, ModelState, ct);
        return true;
    }
}
