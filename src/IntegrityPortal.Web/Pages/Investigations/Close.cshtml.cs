using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>Closes the case with its outcome, against the version the form was built from.</summary>
public class CloseModel(IntegrityDbContext db, IValidator<CloseInput> validator) : CaseStepModel(db)
{
    [BindProperty] public CloseInput Close { get; set; } = new();

    public override string Heading => "Close the case";
    public override string Title => $"Close case {Case.Reference}";
    public override string? NotOffered => Case.Status == InvestigationStatus.Closed ? InvestigationWorkflow.AlreadyClosed : null;

    protected override void ResetForm() => Close = new CloseInput { ClosedOn = Db.Clock.Today(), Version = Case.Version };

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Close), validator, Close, Close.Version, workflow =>
        {
            workflow.Close(Case, Close.ClosedOn!.Value, Close.Outcome, Close.OutcomeNote);
            return Task.FromResult($"Case closed: {Close.Outcome!.Value.Describe().ToLowerInvariant()}");
        }, ct, field => field == "Status" ? "" : field);
}
