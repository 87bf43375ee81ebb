using FluentValidation;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Decisions;

/// <summary>
/// The force's appellate role decides an appeal against a refusal. There is one appeal, so its
/// decision is final. "Record the appeal decision" leads to its confirmation
/// (<see cref="AppealDecidedModel"/>); the steps are <see cref="DecisionPageModel{TInput}"/>'s.
/// </summary>
public class AppealModel(IntegrityDbContext db, AuditLog audit, IValidator<AppealDecisionInput> validator, InterestNotifier notifier)
    : DecisionPageModel<AppealDecisionInput>(db, audit, validator, notifier)
{
    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<AppealOutcome>().Select(o => new SelectListItem(o.Describe(), o.ToString())).ToList();

    protected override bool Appeals => true;

    protected override Task RecordAsync(BusinessInterestWorkflow workflow, int? personId, CancellationToken ct) =>
        workflow.DecideAppealAsync(Interest, personId, Input.OutcomeValue!.Value, Input.Reasons!.Trim(), InterestPages.Clean(Input.Conditions), ct);

    protected override string DecidedPath(int id) => $"/BusinessInterests/Decisions/AppealDecided/{id}";
}

public class AppealDecisionInput : IDecisionInput
{
    public string? Outcome { get; set; }
    public string? Reasons { get; set; }
    public string? Conditions { get; set; }
    public int Version { get; set; }

    public AppealOutcome? OutcomeValue => Outcome is not null && Enum.GetNames<AppealOutcome>().Contains(Outcome) ? Enum.Parse<AppealOutcome>(Outcome) : null;
}

public class AppealDecisionInputValidator : AbstractValidator<AppealDecisionInput>
{
    public AppealDecisionInputValidator()
    {
        RuleFor(x => x.Outcome).Must((i, _) => i.OutcomeValue is not null).WithMessage("Select whether the appeal is upheld or dismissed");
        RuleFor(x => x.Reasons)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the reasons for the appeal decision")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The reasons must be 2000 characters or fewer");
        RuleFor(x => x.Conditions)
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The conditions must be 2000 characters or fewer");
    }
}
