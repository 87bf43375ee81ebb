using FluentValidation;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// The decision maker decides an application: approved, approved with conditions, or refused,
/// seeing earlier decisions on similar interests. "Record the decision" leads to its
/// confirmation (<see cref="DecidedModel"/>); the steps are <see cref="DecisionPageModel{TInput}"/>'s.
/// </summary>
public class DecideModel(IntegrityDbContext db, AuditLog audit, IValidator<DecisionInput> validator, InterestNotifier notifier)
    : DecisionPageModel<DecisionInput>(db, audit, validator, notifier)
{
    /// <summary>The user assessed this application, so the workflow will not let them decide it.</summary>
    public bool AssessedByUser => Interest.Steps.Any(s => s.Kind == StepKind.Assessed && s.ByPersonId == GiftUser.PersonId(User));

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<DecisionOutcome>().Select(o => new SelectListItem(o.Describe(), o.ToString())).ToList();

    protected override bool Appeals => false;

    protected override Task RecordAsync(BusinessInterestWorkflow workflow, int? personId, CancellationToken ct) =>
        workflow.DecideAsync(Interest, personId, Input.OutcomeValue!.Value, InterestPages.Clean(Input.Text), ct);

    protected override string DecidedPath(int id) => $"/BusinessInterests/Decisions/Decided/{id}";
}

public class DecisionInput : IDecisionInput
{
    public string? Outcome { get; set; }

    /// <summary>The conditions, or the reasons for a refusal, or a note.</summary>
    public string? Text { get; set; }
    public int Version { get; set; }

    public DecisionOutcome? OutcomeValue => Outcome is not null && Enum.GetNames<DecisionOutcome>().Contains(Outcome) ? Enum.Parse<DecisionOutcome>(Outcome) : null;
}

public class DecisionInputValidator : AbstractValidator<DecisionInput>
{
    public DecisionInputValidator()
    {
        RuleFor(x => x.Outcome).Must((i, _) => i.OutcomeValue is not null).WithMessage("Select approved, approved with conditions or refused");
        RuleFor(x => x.Text)
            .Must((i, v) => i.OutcomeValue != DecisionOutcome.ApprovedWithConditions || !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the conditions of the approval")
            .Must((i, v) => i.OutcomeValue != DecisionOutcome.Refused || !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the reasons for the refusal")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The conditions or reasons must be 2000 characters or fewer");
    }
}
