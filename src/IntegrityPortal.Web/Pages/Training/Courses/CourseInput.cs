using System.Globalization;
using FluentValidation;
using IntegrityPortal.Core.Training;

namespace IntegrityPortal.Web.Pages.TrainingRegister.Courses;

/// <summary>A course as the form gives it; named people are collar or staff numbers.</summary>
public sealed class CourseInput
{
    public string? Title { get; set; }
    public CourseKind? Kind { get; set; }

    /// <summary>True: it must be taken again every <see cref="RenewalYears"/> years; false: once.</summary>
    public bool? Renews { get; set; }

    public string? RenewalYears { get; set; }
    public TrainingAudience? Audience { get; set; }
    public List<string> Departments { get; set; } = [];
    public List<string> Ranks { get; set; } = [];
    public string? NamedPeople { get; set; }
    public List<string> Roles { get; set; } = [];

    public int? RenewalYearsValue => int.TryParse((RenewalYears ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) ? years : null;
}

public sealed class CourseInputValidator : AbstractValidator<CourseInput>
{
    public CourseInputValidator()
    {
        RuleFor(x => x.Title)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the course's title")
            .Must(v => (v ?? string.Empty).Trim().Length <= TrainingRules.TitleLength).WithMessage($"The title must be {TrainingRules.TitleLength} characters or fewer");
        RuleFor(x => x.Kind).NotNull().WithMessage("Select what the course is about");
        RuleFor(x => x.Renews).NotNull().WithMessage("Select how often people must take it");
        RuleFor(x => x.RenewalYears)
            .Must((input, v) => input.Renews != true || input.RenewalYearsValue is >= 1 and <= TrainingRules.MaximumRenewalYears)
            .WithMessage($"Enter the number of years as a whole number from 1 to {TrainingRules.MaximumRenewalYears}, like 3");
        RuleFor(x => x.Audience).NotNull().WithMessage("Select who must take it");
        RuleFor(x => x.Departments).Must((input, v) => input.Audience != TrainingAudience.Departments || v.Count > 0)
            .WithMessage("Select the departments whose people must take it");
        RuleFor(x => x.Ranks).Must((input, v) => input.Audience != TrainingAudience.Ranks || v.Count > 0)
            .WithMessage("Select the ranks whose officers must take it");
        RuleFor(x => x.Roles).Must((input, v) => input.Audience != TrainingAudience.Roles || v.Count > 0)
            .WithMessage("Select the roles whose holders must take it")
            .Must(v => v.All(TrainingRules.AudienceRoleChoices.Contains))
            .WithMessage("Select roles from the list");
        RuleFor(x => x.NamedPeople).Must((input, v) => input.Audience != TrainingAudience.NamedPeople || TrainingPages.Numbers(v).Count > 0)
            .WithMessage("Enter the collar or staff numbers of the people who must take it")
            .Must(v => TrainingPages.Numbers(v).Count <= TrainingRules.MaximumNamedPeople)
            .WithMessage($"Enter at most {TrainingRules.MaximumNamedPeople} people: for more, choose their departments or ranks");
    }
}
