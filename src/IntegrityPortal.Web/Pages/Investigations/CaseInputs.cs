using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Core;
using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IntegrityPortal.Core.Investigations;

namespace IntegrityPortal.Web.Pages.Investigations;

public class LogInput
{
    [Display(Name = "Date of the entry")]
    public DateOnly? EntryOn { get; set; }
    public string? Text { get; set; }
}

public class LogInputValidator : AbstractValidator<LogInput>
{
    public LogInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.EntryOn).NotNull().WithMessage("Enter the date of the entry").Within(PlausibleDates.CaseEvent, clock);
        RuleFor(x => x.Text)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the log entry")
            .Must(v => (v ?? string.Empty).Trim().Length <= InvestigationWorkflow.LogTextMaximum)
            .WithMessage($"The log entry must be {InvestigationWorkflow.LogTextMaximum:N0} characters or fewer");
    }
}

public class PersonInput
{
    public string? Number { get; set; }
}

public class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(x => x.Number)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the person's collar or staff number")
            .Must(v => (v ?? string.Empty).Trim().Length <= 20).WithMessage("The number must be 20 characters or fewer");
    }
}

public class LinkInput
{
    [Display(Name = "Kind of record")]
    public LinkedRecordKind? Kind { get; set; }
    public string? Reference { get; set; }
}

public class LinkInputValidator : AbstractValidator<LinkInput>
{
    public LinkInputValidator()
    {
        RuleFor(x => x.Kind).Must(k => k is { } v && RecordLinks.Available.Contains(v)).WithMessage("Select the kind of record");
        RuleFor(x => x.Reference)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the record's reference, like GH-000123")
            .Must(v => string.IsNullOrWhiteSpace(v) || InvestigationChoices.RecordId(v) is not null)
            .WithMessage("Enter the reference as it is shown on the record, like GH-000123");
    }
}

public class CloseInput
{
    [Display(Name = "Date closed")]
    public DateOnly? ClosedOn { get; set; }
    [Display(Name = "Outcome")]
    public InvestigationOutcome? Outcome { get; set; }
    public string? OutcomeNote { get; set; }
    public int Version { get; set; }
}

public class CloseInputValidator : AbstractValidator<CloseInput>
{
    public CloseInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.ClosedOn).NotNull().WithMessage("Enter the date the case was closed").Within(PlausibleDates.CaseEvent, clock);
        RuleFor(x => x.Outcome).Must(o => o is { } v && Enum.IsDefined(v)).WithMessage(InvestigationWorkflow.OutcomeRequired);
        RuleFor(x => x.OutcomeNote)
            .Must(v => (v ?? string.Empty).Trim().Length <= InvestigationWorkflow.NoteMaximum)
            .WithMessage($"The note must be {InvestigationWorkflow.NoteMaximum:N0} characters or fewer");
    }
}

public class ReopenInput
{
    public string? Reason { get; set; }
    public int Version { get; set; }
}

public class ReopenInputValidator : AbstractValidator<ReopenInput>
{
    public ReopenInputValidator()
    {
        RuleFor(x => x.Reason)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why the case is reopened")
            .Must(v => (v ?? string.Empty).Trim().Length <= InvestigationWorkflow.NoteMaximum)
            .WithMessage($"The reason must be {InvestigationWorkflow.NoteMaximum:N0} characters or fewer");
    }
}

public class ContinuingInput
{
    public int Version { get; set; }
}
