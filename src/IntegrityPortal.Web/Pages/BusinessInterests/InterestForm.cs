using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Core;
using System.Globalization;
using FluentValidation;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests;

/// <summary>A page with the application form (the fields partial binds to its Input).</summary>
public interface IInterestForm
{
    InterestInput Input { get; }
}

/// <summary>
/// The application form, shared by the draft page and the confirmation at review. Choices and
/// numbers are read as text, so a tampered or mistyped value gets the field's message.
/// </summary>
public class InterestInput
{
    public string? Kind { get; set; }
    public string? OrganisationName { get; set; }
    public string? Sector { get; set; }
    public string? Work { get; set; }
    public string? HoursPerWeek { get; set; }
    public string? WhenHoursFall { get; set; }
    public string? ContractedHoursPerWeek { get; set; } = "40";
    public string? PayBand { get; set; }
    /// <summary>Null until answered: an unanswered yes/no question is not a "no".</summary>
    [Display(Name = "Inside the force area")]
    public bool? InsideForceArea { get; set; }
    [Display(Name = "The start date")]
    public DateOnly? StartDate { get; set; }
    [Display(Name = "Draws on police skills")]
    public bool? UsesPoliceSkills { get; set; }
    [Display(Name = "The organisation supplies the force")]
    public bool? OrganisationSuppliesForce { get; set; }
    public string? ConflictSeen { get; set; }
    public int Version { get; set; }

    public InterestKind? KindValue => Parse<InterestKind>(Kind);
    public WorkSector? SectorValue => Parse<WorkSector>(Sector);
    public PayBand? PayBandValue => Parse<PayBand>(PayBand);
    public decimal? HoursValue => Number(HoursPerWeek);
    public decimal? ContractedValue => Number(ContractedHoursPerWeek);

    public DateOnly? StartDateValue => StartDate;

    public static InterestInput From(BusinessInterest b) => new()
    {
        Kind = b.Kind.ToString(),
        OrganisationName = b.OrganisationName,
        Sector = b.Sector.ToString(),
        Work = b.Work,
        HoursPerWeek = b.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
        WhenHoursFall = b.WhenHoursFall,
        ContractedHoursPerWeek = b.ContractedHoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture),
        PayBand = b.PayBand.ToString(),
        InsideForceArea = b.InsideForceArea,
        StartDate = b.StartDate,
        UsesPoliceSkills = b.UsesPoliceSkills,
        OrganisationSuppliesForce = b.OrganisationSuppliesForce,
        ConflictSeen = b.ConflictSeen,
        Version = b.Version,
    };

    /// <summary>The details, once the input is valid, naming the organisation found or added.</summary>
    public InterestDetails ToDetails(int organisationId) => new()
    {
        Kind = KindValue!.Value,
        OrganisationId = organisationId,
        Sector = SectorValue!.Value,
        Work = Work!.Trim(),
        HoursPerWeek = HoursValue!.Value,
        WhenHoursFall = WhenHoursFall!.Trim(),
        ContractedHoursPerWeek = ContractedValue!.Value,
        PayBand = PayBandValue!.Value,
        InsideForceArea = InsideForceArea!.Value,
        StartDate = StartDateValue!.Value,
        UsesPoliceSkills = UsesPoliceSkills!.Value,
        OrganisationSuppliesForce = OrganisationSuppliesForce!.Value,
        ConflictSeen = string.IsNullOrWhiteSpace(ConflictSeen) ? null : ConflictSeen.Trim(),
    };

    private static T? Parse<T>(string? value) where T : struct, Enum =>
        value is not null && Enum.GetNames<T>().Contains(value) ? Enum.Parse<T>(value) : null;

    private static decimal? Number(string? text) =>
        decimal.TryParse((text ?? string.Empty).Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static readonly IReadOnlyList<SelectListItem> KindOptions =
        Enum.GetValues<InterestKind>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> SectorOptions =
        Enum.GetValues<WorkSector>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> PayBandOptions =
        Enum.GetValues<PayBand>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    /// <summary>The force's organisation with the typed name, added if there is none; the caller should have begun a transaction.</summary>
    public Task<int> OrganisationIdAsync(IntegrityDbContext db, int forceId, CancellationToken ct) =>
        OrganisationDirectory.FindOrAddAsync(db, forceId, OrganisationName!, null, ct);
}

public class InterestInputValidator : AbstractValidator<InterestInput>
{
    public const string InsideForceAreaUnanswered = "Select yes if it is inside the force area, or no";
    public const string UsesPoliceSkillsUnanswered = "Select yes if it draws on police skills, information or contacts, or no";
    public const string SuppliesForceUnanswered = "Select yes if the organisation supplies goods or services to the force, or no";

    public InterestInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Kind).Must((i, _) => i.KindValue is not null).WithMessage("Select the kind of interest");
        RuleFor(x => x.OrganisationName)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the name of the organisation or business")
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The organisation's name must be 200 characters or fewer");
        RuleFor(x => x.Sector).Must((i, _) => i.SectorValue is not null).WithMessage("Select the line of work");
        RuleFor(x => x.Work)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Describe the work or interest")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The description must be 2000 characters or fewer");
        RuleFor(x => x.HoursPerWeek)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the hours per week, or 0 if there are none")
            .Must((i, v) => string.IsNullOrWhiteSpace(v) || i.HoursValue is >= 0 and <= 168).WithMessage("Enter the hours per week as a number from 0 to 168, like 8 or 7.5");
        RuleFor(x => x.WhenHoursFall)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say when the hours fall, like weekends or two evenings a week")
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("When the hours fall must be 200 characters or fewer");
        RuleFor(x => x.ContractedHoursPerWeek)
            .Must((i, _) => i.ContractedValue is >= 0 and <= 168).WithMessage("Enter your police job's hours per week as a number from 0 to 168, like 40");
        RuleFor(x => x.PayBand).Must((i, _) => i.PayBandValue is not null).WithMessage("Select the pay band");
        RuleFor(x => x.StartDate)
            .Must(v => v is not null).WithMessage("Enter the start date")
            .Within(PlausibleDates.InterestStart, clock, i => i.StartDateValue);
        RuleFor(x => x.InsideForceArea).Must(v => v is not null).WithMessage(InsideForceAreaUnanswered);
        RuleFor(x => x.UsesPoliceSkills).Must(v => v is not null).WithMessage(UsesPoliceSkillsUnanswered);
        RuleFor(x => x.OrganisationSuppliesForce).Must(v => v is not null).WithMessage(SuppliesForceUnanswered);
        RuleFor(x => x.ConflictSeen)
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The conflict you see must be 2000 characters or fewer");
    }
}
