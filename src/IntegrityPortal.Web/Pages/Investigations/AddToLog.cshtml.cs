using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>Adds a dated entry to the case's log; entries are never changed or removed.</summary>
public class AddToLogModel(IntegrityDbContext db, IValidator<LogInput> validator) : CaseStepModel(db)
{
    [BindProperty] public LogInput Log { get; set; } = new();

    public override string Heading => "Add to the case log";
    public override string Title => $"Add to the log of case {Case.Reference}";
    public override string? NotOffered => Case.Status == InvestigationStatus.Closed ? InvestigationWorkflow.ClosedCase : null;

    protected override void ResetForm() => Log = new LogInput { EntryOn = Db.Clock.Today() };

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Log), validator, Log, version: null, workflow =>
        {
            workflow.AddLogEntry(Case, Log.EntryOn!.Value, Log.Text);
            return Task.FromResult("Log entry added");
        }, ct);
}
