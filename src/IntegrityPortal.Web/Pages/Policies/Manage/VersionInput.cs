using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Pages.PolicyLibrary.Manage;

/// <summary>A draft version as the form gives it.</summary>
public sealed class VersionInput
{
    [Display(Name = "The date it comes into force")]
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>The owner's collar or staff number.</summary>
    public string? Owner { get; set; }

    public string? WhatChanged { get; set; }
    public string? WhatItMeansForYou { get; set; }
    public string? Text { get; set; }
    public PolicyAudience? Audience { get; set; }
    public List<string> Departments { get; set; } = [];
    public List<string> Ranks { get; set; } = [];

    [Display(Name = "The date to read it by")]
    public DateOnly? ReadBy { get; set; }

    public string? PassMark { get; set; }

    /// <summary>The draft's version when the form was built (none for a new version): two keepers cannot overwrite each other.</summary>
    public int? Version { get; set; }

    public int? PassMarkValue => int.TryParse((PassMark ?? string.Empty).Trim().TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

public sealed class VersionInputValidator : AbstractValidator<VersionInput>
{
    public VersionInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.EffectiveOn).NotNull().WithMessage("Enter the date it comes into force").Within(PolicyDates.EffectiveOn, clock);
        RuleFor(x => x.Owner).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the collar or staff number of the policy's owner")
            .Must(v => (v ?? string.Empty).Trim().Length <= 20).WithMessage("The owner's number must be 20 characters or fewer");
        RuleFor(x => x.WhatChanged).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what changed in this version")
            .Must(v => (v ?? string.Empty).Trim().Length <= PolicyRules.WhatChangedLength).WithMessage($"What changed must be {PolicyRules.WhatChangedLength:N0} characters or fewer");
        RuleFor(x => x.WhatItMeansForYou)
            .Must(v => (v ?? string.Empty).Trim().Length <= PolicyRules.WhatItMeansLength).WithMessage($"What it means for people's records must be {PolicyRules.WhatItMeansLength:N0} characters or fewer");
        RuleFor(x => x.Text).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the text of the policy")
            .Must(v => (v ?? string.Empty).Length <= PolicyRules.TextLength).WithMessage($"The text must be {PolicyRules.TextLength:N0} characters or fewer");
        RuleFor(x => x.Audience).NotNull().WithMessage("Select who must read it");
        RuleFor(x => x.Departments).Must((input, v) => input.Audience != PolicyAudience.Departments || v.Count > 0)
            .WithMessage("Select the departments that must read it");
        RuleFor(x => x.Ranks).Must((input, v) => input.Audience != PolicyAudience.Ranks || v.Count > 0)
            .WithMessage("Select the ranks that must read it");
        RuleFor(x => x.ReadBy).NotNull().WithMessage("Enter the date to read it by").Within(PolicyDates.ReadBy, clock);
        RuleFor(x => x.PassMark).Must((input, v) => string.IsNullOrWhiteSpace(v) || input.PassMarkValue is >= 1 and <= 100)
            .WithMessage("Enter the pass mark as a whole number from 1 to 100, like 80");
    }
}
