using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>Marks an open case as continuing: carried past a reporting date still under investigation.</summary>
public class MarkContinuingModel(IntegrityDbContext db) : CaseStepModel(db)
{
    [BindProperty] public ContinuingInput Continuing { get; set; } = new();

    public override string Heading => "Mark the case as continuing";
    public override string Title => $"Mark case {Case.Reference} as continuing";
    public override string? NotOffered => Case.Status switch
    {
        InvestigationStatus.Closed => InvestigationWorkflow.ClosedCase,
        InvestigationStatus.Continuing => "This case is already marked as continuing",
        _ => null,
    };

    protected override void ResetForm() => Continuing = new ContinuingInput { Version = Case.Version };

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        StepAsync<ContinuingInput>(id, nameof(Continuing), null, Continuing, Continuing.Version, workflow =>
        {
            workflow.MarkContinuing(Case);
            return Task.FromResult("Case marked as continuing");
        }, ct, _ => "");
}
