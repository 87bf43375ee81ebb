using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Sessions;

/// <summary>A session as the form gives it, with the collar or staff numbers of those who attended.</summary>
public sealed class SessionInput
{
    [Display(Name = "The date of the session")]
    public DateOnly? HeldOn { get; set; }

    public string? Trainer { get; set; }
    public string? Attended { get; set; }
}

public sealed class SessionInputValidator : AbstractValidator<SessionInput>
{
    public SessionInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.HeldOn).NotNull().WithMessage("Enter the date of the session").Within(PlausibleDates.TrainingSession, clock);
        RuleFor(x => x.Trainer)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter who gave the session")
            .Must(v => (v ?? string.Empty).Trim().Length <= TrainingRules.TrainerLength).WithMessage($"The trainer must be {TrainingRules.TrainerLength} characters or fewer");
        RuleFor(x => x.Attended)
            .Must(v => TrainingPages.Numbers(v).Count <= TrainingRules.MaximumAttendeesAtOnce)
            .WithMessage($"Enter at most {TrainingRules.MaximumAttendeesAtOnce} numbers at a time; import a larger session from a CSV file");
    }
}

/// <summary>More attendance at a recorded session.</summary>
public sealed class AttendanceInput
{
    public string? Attended { get; set; }
}

public sealed class AttendanceInputValidator : AbstractValidator<AttendanceInput>
{
    public AttendanceInputValidator()
    {
        RuleFor(x => x.Attended)
            .Must(v => TrainingPages.Numbers(v).Count > 0).WithMessage("Enter the collar or staff numbers of the people who attended")
            .Must(v => TrainingPages.Numbers(v).Count <= TrainingRules.MaximumAttendeesAtOnce)
            .WithMessage($"Enter at most {TrainingRules.MaximumAttendeesAtOnce} numbers at a time; import a larger session from a CSV file");
    }
}
