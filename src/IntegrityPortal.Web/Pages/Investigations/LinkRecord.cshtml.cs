using FluentValidation;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>Links a record of another register (a media contact, a declaration, a business interest) of the case's force to the case.</summary>
public class LinkRecordModel(IntegrityDbContext db, IValidator<LinkInput> validator) : CaseStepModel(db)
{
    [BindProperty] public LinkInput Link { get; set; } = new();

    public override string Heading => "Link a record to the case";
    public override string Title => $"Link a record to case {Case.Reference}";
    public override string? NotOffered => Case.Status == InvestigationStatus.Closed ? InvestigationWorkflow.ClosedCase : null;

    protected override void ResetForm() => Link = new LinkInput();

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        StepAsync(id, nameof(Link), validator, Link, version: null, async workflow =>
        {
            var recordId = InvestigationChoices.RecordId(Link.Reference)!.Value;
            await workflow.AddLinkAsync(Case, Link.Kind!.Value, recordId, ct);
            return $"Case linked to {RecordLinks.Reference(Link.Kind.Value, recordId)}";
        }, ct, field => field == "RecordId" ? "Reference" : field);
}
