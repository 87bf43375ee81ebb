using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>Reopens a closed case with the reason; the earlier outcome goes into the log.</summary>
public class ReopenModel(IntegrityDbContext db, IValidator<ReopenInput> validator) : CaseStepModel(db)
{
    [BindProperty] public ReopenInput Reopen { get; set; } = new();

    public override string Heading => "Reopen the case";
    public override string Title => $"Reopen case {Case.Reference}";
    public override string? NotOffered => Case.Status == InvestigationStatus.Closed ? null : InvestigationWorkflow.NotClosed;

    protected override void ResetForm() => Reopen = new ReopenInput { Version = Case.Version };

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Reopen), validator, Reopen, Reopen.Version, workflow =>
        {
            workflow.Reopen(Case, Reopen.Reason);
            return Task.FromResult("Case reopened");
        }, ct, field => field == "OutcomeNote" ? "Reason" : "");
}
