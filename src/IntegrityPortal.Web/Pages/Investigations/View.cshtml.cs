using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>A linked record as the case shows it: its reference, what it is, and where to read it.</summary>
public sealed record LinkedRecord(LinkedRecordKind Kind, int RecordId, string Reference, string Description, string? Href, string AddedBy, DateTime AddedUtc);

/// <summary>
/// One case: details, people concerned, linked records and log, with a form for each step.
/// Every view is written to the audit trail as a consultation. Each step goes through
/// <see cref="InvestigationWorkflow"/>; changes of status are saved against the version the
/// form was built from, so the second of two people closing a case is told.
/// </summary>
public class ViewModel(
    IntegrityDbContext db,
    AuditLog audit,
    IValidator<LogInput> logValidator,
    IValidator<PersonInput> personValidator,
    IValidator<LinkInput> linkValidator,
    IValidator<CloseInput> closeValidator,
    IValidator<ReopenInput> reopenValidator) : PageModel
{
    [BindProperty] public LogInput Log { get; set; } = new();
    [BindProperty] public PersonInput Person { get; set; } = new();
    [BindProperty] public LinkInput Link { get; set; } = new();
    [BindProperty] public CloseInput Close { get; set; } = new();
    [BindProperty] public ReopenInput Reopen { get; set; } = new();
    [BindProperty] public ContinuingInput Continuing { get; set; } = new();

    public Investigation Case { get; private set; } = null!;

    // The list's filter and page this case was opened from (InvestigationListState).
    [BindProperty(SupportsGet = true)]
    public InvestigationFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? ListPage { get; set; }

    public InvestigationListState List { get; private set; } = new(new InvestigationFilter(), null);

    /// <summary>The case after this one in the list it was opened from, found by the database.</summary>
    public int? NextId { get; private set; }
    public IReadOnlyList<LinkedRecord> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        ResetForms();
        await audit.RecordReadAsync(nameof(Investigation), id.ToString(), Case.ForceId, null, ct);
        return Page();
    }

    /// <summary>A post without a handler (no form of this page makes one) changes nothing.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Redirect(List.RecordHref(id)) : NotFound();

    public Task<IActionResult> OnPostLogAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Log), logValidator, Log, version: null, async workflow =>
        {
            workflow.AddLogEntry(Case, Log.EntryOn!.Value, Log.Text);
            await Task.CompletedTask;
            return "Log entry added";
        }, ct);

    public Task<IActionResult> OnPostPersonAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Person), personValidator, Person, version: null, async workflow =>
        {
            var number = Person.Number!.Trim();
            var personId = await db.People.Where(p => p.ForceId == Case.ForceId && p.Number == number).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
                ?? throw new InvestigationRuleException("Number", "There is no one with that number in the case's force");
            await workflow.AddPersonAsync(Case, personId, ct);
            return $"Person {number} added to the case";
        }, ct, field => field == "PersonId" ? "Number" : field);

    public Task<IActionResult> OnPostLinkAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Link), linkValidator, Link, version: null, async workflow =>
        {
            var recordId = InvestigationChoices.RecordId(Link.Reference)!.Value;
            await workflow.AddLinkAsync(Case, Link.Kind!.Value, recordId, ct);
            return $"Case linked to {RecordLinks.Reference(Link.Kind.Value, recordId)}";
        }, ct, field => field == "RecordId" ? "Reference" : field);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Close), closeValidator, Close, Close.Version, workflow =>
        {
            workflow.Close(Case, Close.ClosedOn!.Value, Close.Outcome, Close.OutcomeNote);
            return Task.FromResult($"Case closed: {Close.Outcome!.Value.Describe().ToLowerInvariant()}");
        }, ct, field => field == "Status" ? "" : field);

    public Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Reopen), reopenValidator, Reopen, Reopen.Version, workflow =>
        {
            workflow.Reopen(Case, Reopen.Reason);
            return Task.FromResult("Case reopened");
        }, ct, field => field == "OutcomeNote" ? "Reason" : "");

    public Task<IActionResult> OnPostContinuingAsync(int id, CancellationToken ct) =>
        StepAsync<ContinuingInput>(id, nameof(Continuing), null, Continuing, Continuing.Version, workflow =>
        {
            workflow.MarkContinuing(Case);
            return Task.FromResult("Case marked as continuing");
        }, ct, _ => "");

    /// <summary>
    /// Validates the one form posted (messages beside its fields), takes the step, and saves:
    /// against the form's version for a change of status, plainly for an added row.
    /// </summary>
    private async Task<IActionResult> StepAsync<TInput>(int id, string prefix, IValidator<TInput>? validator, TInput input, int? version,
        Func<InvestigationWorkflow, Task<string>> step, CancellationToken ct, Func<string, string>? field = null)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
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
            return await RedisplayAsync(id, prefix, ct);
        }

        string done;
        try
        {
            done = await step(new InvestigationWorkflow(db));
        }
        catch (InvestigationRuleException e)
        {
            // On a closed case the forms that add are not shown: the message goes in the summary.
            var name = e.Message == InvestigationWorkflow.ClosedCase ? "" : (field ?? (f => f))(e.Field);
            ModelState.AddModelError(name.Length == 0 ? string.Empty : $"{prefix}.{name}", e.Message);
            return await RedisplayAsync(id, prefix, ct);
        }

        if (version is { } formVersion)
        {
            if (!await db.TrySaveAsync(Case, formVersion, ModelState, ct))
            {
                return await RedisplayAsync(id, prefix, ct);
            }
        }
        else
        {
            await db.SaveChangesAsync(ct);
        }

        TempData["Confirmation"] = $"{Case.Reference}: {done}";
        return Redirect(List.RecordHref(id));
    }

    /// <summary>Shows the page again with the user's input and messages; nothing of the failed step is kept.</summary>
    private async Task<IActionResult> RedisplayAsync(int id, string posted, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        ResetForms(except: posted);
        // The page shows the whole case again, so this is a consultation too.
        await audit.RecordReadAsync(nameof(Investigation), id.ToString(), Case.ForceId, null, ct);
        return Page();
    }

    /// <summary>Fresh forms built from the case as it stands, except the one the user posted.</summary>
    private void ResetForms(string? except = null)
    {
        if (except != nameof(Log)) Log = new LogInput { EntryOn = db.Clock.Today() };
        if (except != nameof(Close)) Close = new CloseInput { ClosedOn = db.Clock.Today(), Version = Case.Version };
        if (except != nameof(Reopen)) Reopen = new ReopenInput { Version = Case.Version };
        if (except != nameof(Continuing)) Continuing = new ContinuingInput { Version = Case.Version };
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var investigation = await db.Investigations
            .Include(i => i.Force)
            .Include(i => i.People).ThenInclude(p => p.Person!).ThenInclude(p => p.Department)
            .Include(i => i.LogEntries)
            .Include(i => i.Links)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == id, ct);
        if (investigation is null)
        {
            return false;
        }

        Case = investigation;
        List = await InvestigationListState.CheckedAsync(db, Filter, ListPage, ModelState, ct);
        NextId = await List.Filter.NextAfterAsync(db.Investigations.AsNoTracking(), investigation, ct);
        Links = await CaseLinks.DescribeAsync(db, investigation.Links, ct);
        return true;
    }
}
