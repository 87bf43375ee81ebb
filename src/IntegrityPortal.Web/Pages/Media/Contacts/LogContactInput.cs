using IntegrityPortal.Web.Infrastructure;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Media;

namespace IntegrityPortal.Web.Pages.Media.Contacts;

/// <summary>The log form. Date, time and method are read as text so a bad value gets the field's own message.</summary>
public class LogContactInput
{
    [Display(Name = "The date of the contact")]
    public DateOnly? ContactedOn { get; set; }

    /// <summary>The hour and minute boxes, as typed.</summary>
    public TimeInput ContactedAt { get; set; } = new();
    public string? JournalistName { get; set; }

    [Display(Name = "Outlet")]
    public int? OutletId { get; set; }

    /// <summary>The outlet's name as typed or chosen in the picker; matched exactly when no id came with it.</summary>
    public string? OutletName { get; set; }

    public string? NewOutletName { get; set; }
    public string? Method { get; set; }

    /// <summary>Null until answered: an unanswered yes/no question is not a "no".</summary>
    [Display(Name = "Pre-arranged")]
    public bool? WasPreArranged { get; set; }

    [Display(Name = "Visit to a media establishment")]
    public bool? WasVisitToMediaEstablishment { get; set; }

    public string? Subject { get; set; }
    public string? Disclosed { get; set; }

    [Display(Name = "Authorised")]
    public bool? WasAuthorised { get; set; }

    public string? AuthorisedBy { get; set; }

    public DateOnly? ContactedOnValue => ContactedOn;

    public TimeOnly? ContactedAtValue => (ContactedAt ?? new TimeInput()).Read().Time;

    /// <summary>The UK date and time as a UTC instant; null when either is missing or the time does not exist that day.</summary>
    public DateTime? ContactedUtc => ContactedOnValue is { } date && ContactedAtValue is { } time ? UkTime.ToUtc(date, time) : null;

    public MediaContactMethod? MethodValue =>
        Method is not null && Enum.GetNames<MediaContactMethod>().Contains(Method) ? Enum.Parse<MediaContactMethod>(Method) : null;

    public bool HasNewOutlet => !string.IsNullOrWhiteSpace(NewOutletName);

    /// <summary>A logged contact's details as the form shows them (in UK time), for completing it.</summary>
    public static LogContactInput From(MediaContact c)
    {
        var uk = UkTime.ToUk(c.ContactedUtc);
        return new LogContactInput
        {
            ContactedOn = DateOnly.FromDateTime(uk),
            ContactedAt = TimeInput.Of(TimeOnly.FromDateTime(uk)),
            JournalistName = c.JournalistName,
            OutletId = c.OutletId,
            OutletName = c.OutletName,
            Method = c.Method.ToString(),
            WasPreArranged = c.WasPreArranged,
            WasVisitToMediaEstablishment = c.WasVisitToMediaEstablishment,
            Subject = c.Subject,
            Disclosed = c.Disclosed,
            WasAuthorised = c.WasAuthorised,
            AuthorisedBy = c.AuthorisedBy,
        };
    }
}

public class LogContactInputValidator : AbstractValidator<LogContactInput>
{
    public const string OutletMissing = "Select the outlet, or add a new one";
    public const string OutletBoth = "Select an outlet or add a new one, not both";
    public const string TimeSkipped = "That time did not happen in the UK: the clocks went forward from 1am to 2am that day";
    public const string TimeMissing = "Enter the time of the contact";
    public const string PreArrangedUnanswered = "Select yes if the contact was pre-arranged, or no";
    public const string VisitUnanswered = "Select yes if it was a visit to a media establishment, or no";
    public const string AuthorisedUnanswered = "Select yes if the contact was authorised, or no";

    public LogContactInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.ContactedOn)
            .Must(v => v is not null).WithMessage("Enter the date of the contact")
            .Within(PlausibleDates.MediaContact, clock, input => input.ContactedOnValue);
        RuleFor(x => x.ContactedAt)
            .Must(v => v is not null && !v.IsEmpty).WithMessage(TimeMissing)
            .Custom((v, context) =>
            {
                if (v is not null && v.Read().Problem is { } problem)
                {
                    context.AddFailure($"The time of the contact {problem}");
                }
            });
        RuleFor(x => x.ContactedAt)
            .Must((input, _) => input.ContactedOnValue is null || input.ContactedAtValue is null || input.ContactedUtc is not null).WithMessage(TimeSkipped);
        RuleFor(x => x.WasPreArranged).Must(v => v is not null).WithMessage(PreArrangedUnanswered);
        RuleFor(x => x.WasVisitToMediaEstablishment).Must(v => v is not null).WithMessage(VisitUnanswered);
        RuleFor(x => x.WasAuthorised).Must(v => v is not null).WithMessage(AuthorisedUnanswered);
        RuleFor(x => x.JournalistName)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the journalist's name")
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The journalist's name must be 200 characters or fewer");
        RuleFor(x => x.OutletId)
            .Must((input, id) => id is not null || input.HasNewOutlet).WithMessage(OutletMissing)
            .Must((input, id) => id is null || !input.HasNewOutlet).WithMessage(OutletBoth);
        RuleFor(x => x.NewOutletName)
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The outlet's name must be 200 characters or fewer");
        RuleFor(x => x.Method)
            .Must((input, _) => input.MethodValue is not null).WithMessage("Select how the contact took place");
        RuleFor(x => x.Subject)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what the contact was about")
            .Must(v => (v ?? string.Empty).Trim().Length <= 500).WithMessage("The subject must be 500 characters or fewer");
        RuleFor(x => x.Disclosed)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter what you told the journalist, or \"nothing\"")
            .Must(v => (v ?? string.Empty).Trim().Length <= 4000).WithMessage("What was disclosed must be 4000 characters or fewer");
        RuleFor(x => x.AuthorisedBy)
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("Who authorised it must be 200 characters or fewer");
    }
}
