using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.AspNetCore;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts;

/// <summary>The signed-in user's person id (the Declarant and LineManager policies require the claim).</summary>
public static class GiftUser
{
    public static int? PersonId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.PersonId), CultureInfo.InvariantCulture, out var id) ? id : null;
}

/// <summary>Money typed by a person: "12.50", "£1,250", "40".</summary>
public static partial class Money
{
    public const string NotANumber = "Enter the value as an amount in pounds and pence, like 12.50 or 1,250";
    public const string TooManyDecimals = "Enter the value to the nearest penny: no more than 2 digits after the decimal point";

    public static bool TryParsePence(string? text, out long pence, out string? error)
    {
        pence = 0;
        error = null;
        var value = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        var negative = value.StartsWith('-');
        if (negative)
        {
            value = value[1..];
        }

        if (value.StartsWith('£'))
        {
            value = value[1..];
        }

        var match = Amount().Match(value);
        if (!match.Success)
        {
            error = NotANumber;
            return false;
        }

        if (match.Groups["pence"].Value.Length > 2)
        {
            error = TooManyDecimals;
            return false;
        }

        var pounds = match.Groups["pounds"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (pounds.Length > 12)
        {
            // Far above any limit; the rules' message about absurd values applies.
            pence = negative ? -GiftRules.MaximumValuePence - 1 : GiftRules.MaximumValuePence + 1;
            return true;
        }

        var amount = decimal.Parse(pounds + "." + (match.Groups["pence"].Value.Length == 0 ? "0" : match.Groups["pence"].Value), CultureInfo.InvariantCulture);
        pence = (long)(amount * 100m) * (negative ? -1 : 1);
        return true;
    }

    /// <summary>Pence as the form shows them: "1250.00".</summary>
    public static string Format(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<pounds>\d{1,3}(,\d{3})+|\d+)(\.(?<pence>\d*))?$")]
    private static partial Regex Amount();
}

/// <summary>The declaration form, shared by Declare and Amend. Choices are read as text so a tampered value gets the field's message.</summary>
public class GiftInput
{
    // In the order of the question pages (who, what, when), which is the order the error summary lists them in.
    public string? OfferorName { get; set; }

    [Display(Name = "Organisation")]
    public int? OrganisationId { get; set; }

    /// <summary>The organisation's name as typed or chosen in the picker; matched exactly when no id came with it.</summary>
    public string? OrganisationName { get; set; }

    public string? NewOrganisationName { get; set; }
    public string? NewOrganisationCompanyNumber { get; set; }
    public string? Relationship { get; set; }

    [Display(Name = "Involved in purchasing")]
    public bool? InvolvedInPurchasing { get; set; }

    public string? OfferType { get; set; }
    public string? Description { get; set; }
    public string? Value { get; set; }

    /// <summary>Null until answered: an unanswered yes/no question is not a "no".</summary>
    [Display(Name = "Cash or cash equivalent")]
    public bool? IsCashOrEquivalent { get; set; }

    [Display(Name = "The date of the offer")]
    public DateOnly? OfferedOn { get; set; }

    public string? Outcome { get; set; }
    public string? Reason { get; set; }
    public string? Disposal { get; set; }

    public string? AmendmentReason { get; set; }
    public int Version { get; set; }

    /// <summary>Set by the Amend page before validation; never bound from the form.</summary>
    [BindNever]
    public bool IsAmendment { get; set; }

    public DateOnly? OfferedOnValue => OfferedOn;

    public OfferorRelationship? RelationshipValue => ParseName<OfferorRelationship>(Relationship);
    public OfferType? OfferTypeValue => ParseName<OfferType>(OfferType);
    public OfferOutcome? OutcomeValue => ParseName<OfferOutcome>(Outcome);
    public GiftDisposal? DisposalValue => ParseName<GiftDisposal>(Disposal);
    public bool HasNewOrganisation => !string.IsNullOrWhiteSpace(NewOrganisationName);

    public static GiftInput From(GiftDeclaration d) => new()
    {
        OfferedOn = d.OfferedOn,
        OfferorName = d.OfferorName,
        OrganisationId = d.OrganisationId,
        OrganisationName = d.OrganisationName,
        Relationship = d.Relationship.ToString(),
        OfferType = d.OfferType.ToString(),
        Description = d.Description,
        Value = Money.Format(d.ValuePence),
        Outcome = d.Outcome.ToString(),
        Reason = d.Reason,
        Disposal = d.Disposal?.ToString(),
        IsCashOrEquivalent = d.IsCashOrEquivalent,
        InvolvedInPurchasing = d.InvolvedInPurchasing,
        Version = d.Version,
    };

    private static T? ParseName<T>(string? value) where T : struct, Enum =>
        value is not null && Enum.GetNames<T>().Contains(value) ? Enum.Parse<T>(value) : null;
}

public class GiftInputValidator : AbstractValidator<GiftInput>
{
    public const string OrganisationMissing = "Select the organisation, or add a new one";
    public const string OrganisationBoth = "Select an organisation or add a new one, not both";
    public const string CashUnanswered = "Select yes if it is cash or a cash equivalent, or no";
    public const string PurchasingUnanswered = "Select yes if you are involved in a purchasing decision about this organisation, or no";

    public GiftInputValidator()
    {
        RuleFor(x => x.OfferedOn)
            .Must(v => v is not null).WithMessage("Enter the date of the offer");
        RuleFor(x => x.OfferorName)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the name of the person who made the offer")
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The offeror's name must be 200 characters or fewer");
        RuleFor(x => x.OrganisationId)
            .Must((input, id) => id is not null || input.HasNewOrganisation).WithMessage(OrganisationMissing)
            .Must((input, id) => id is null || !input.HasNewOrganisation).WithMessage(OrganisationBoth);
        RuleFor(x => x.NewOrganisationName)
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The organisation's name must be 200 characters or fewer");
        RuleFor(x => x.NewOrganisationCompanyNumber)
            .Must(v => string.IsNullOrWhiteSpace(v) || Regex.IsMatch(v.Trim(), "^[A-Za-z0-9]{1,8}$"))
            .WithMessage("Enter the company number as up to 8 letters and digits, like 01234567");
        RuleFor(x => x.NewOrganisationCompanyNumber)
            .Must((input, v) => string.IsNullOrWhiteSpace(v) || input.HasNewOrganisation)
            .WithMessage("Enter the new organisation's name, or remove the company number");
        RuleFor(x => x.Relationship)
            .Must((input, _) => input.RelationshipValue is not null).WithMessage("Select the offeror's relationship to the force");
        RuleFor(x => x.OfferType)
            .Must((input, _) => input.OfferTypeValue is not null).WithMessage("Select what was offered");
        RuleFor(x => x.Description)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Describe what was offered")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The description must be 2000 characters or fewer");
        RuleFor(x => x.Value)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the estimated value, like 12.50")
            .Custom((v, context) =>
            {
                if (!string.IsNullOrWhiteSpace(v) && !Money.TryParsePence(v, out _, out var error))
                {
                    context.AddFailure(error!);
                }
            });
        RuleFor(x => x.Outcome)
            .Must((input, _) => input.OutcomeValue is not null).WithMessage("Select whether you accepted or declined the offer");
        RuleFor(x => x.Reason)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why you accepted or declined the offer")
            .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The reason must be 2000 characters or fewer");
        RuleFor(x => x.Disposal)
            .Must((input, v) => string.IsNullOrEmpty(v) || input.DisposalValue is not null).WithMessage(GiftRules.DisposalNeeded);
        RuleFor(x => x.IsCashOrEquivalent)
            .Must(v => v is not null).WithMessage(CashUnanswered);
        RuleFor(x => x.InvolvedInPurchasing)
            .Must(v => v is not null).WithMessage(PurchasingUnanswered);
        When(x => x.IsAmendment, () =>
            RuleFor(x => x.AmendmentReason)
                .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter why you are amending the declaration")
                .Must(v => (v ?? string.Empty).Trim().Length <= 2000).WithMessage("The reason for the amendment must be 2000 characters or fewer"));
    }
}

/// <summary>
/// What Declare and Amend share: the form, its options and hints from the force's settings,
/// validation (the validator, then the register's rules) and finding or adding the organisation.
/// </summary>
public abstract class GiftFormPageModel(IntegrityDbContext db, IValidator<GiftInput> validator) : PageModel
{
    protected IntegrityDbContext Db { get; } = db;

    [BindProperty]
    public GiftInput Input { get; set; } = new();

    public ForceSettings Settings { get; private set; } = null!;

    public static readonly IReadOnlyList<SelectListItem> RelationshipOptions =
        Enum.GetValues<OfferorRelationship>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> OfferTypeOptions =
        Enum.GetValues<OfferType>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> OutcomeOptions =
    [
        new("I accepted it", nameof(OfferOutcome.Accepted)),
        new("I declined it", nameof(OfferOutcome.Declined)),
    ];

    public static readonly IReadOnlyList<SelectListItem> DisposalOptions =
        Enum.GetValues<GiftDisposal>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public string DeadlineHint => $"Declare an offer within {Settings.GiftDeclarationDeadlineDays} days of it being made: later declarations are marked late.";

    public string ValueHint =>
        $"Your best estimate, like 12.50. Accepting an offer worth more than {UkFormat.Pounds(Settings.GiftApprovalThresholdPence)} needs your line manager's and the {Settings.ProfessionalStandardsName}'s approval."
        + (Settings.GiftRecordingThresholdPence > 0 ? $" Offers worth less than {UkFormat.Pounds(Settings.GiftRecordingThresholdPence)} need not be declared." : string.Empty);

    protected async Task LoadFormAsync(int forceId, CancellationToken ct)
    {
        Settings = await Db.ForceSettings.AsNoTracking().SingleAsync(s => s.ForceId == forceId, ct);
    }

    protected async Task<Person?> CurrentPersonAsync(CancellationToken ct) =>
        GiftUser.PersonId(User) is { } id
            ? await Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            : null;

    /// <summary>
    /// Validates the form; returns the details (with organisation id 0 when a new organisation
    /// is to be added) or null, with every message in model state beside its field.
    /// </summary>
    protected async Task<GiftDetails?> ValidateAsync(int forceId, CancellationToken ct)
    {
        Input.OrganisationId = await OrganisationPicker.ResolveAsync(Db, forceId, Input.OrganisationId, Input.OrganisationName, Input.HasNewOrganisation,
            ModelState, $"{nameof(Input)}.{nameof(GiftInput.OrganisationId)}", GiftInputValidator.OrganisationBoth, "organisation", ct);
        (await validator.ValidateAsync(Input, ct)).AddToModelState(ModelState, nameof(Input));
        ModelState.KeepFirstErrorPerField();

        const string organisationKey = $"{nameof(Input)}.{nameof(GiftInput.OrganisationId)}";
        if (ModelState.IsFieldValid(organisationKey) && Input.OrganisationId is { } organisationId
            && !await Db.Organisations.AnyAsync(o => o.Id == organisationId && o.ForceId == forceId, ct))
        {
            ModelState.AddModelError(organisationKey, "Select an organisation from the list");
        }

        var pence = 0L;
        if (ModelState.IsFieldValid($"{nameof(Input)}.{nameof(GiftInput.Value)}"))
        {
            Money.TryParsePence(Input.Value, out pence, out _);
        }

        var outcome = Input.OutcomeValue ?? OfferOutcome.Declined;
        var details = new GiftDetails
        {
            OfferedOn = Input.OfferedOnValue ?? Db.Clock.Today(),
            OfferorName = (Input.OfferorName ?? string.Empty).Trim(),
            OrganisationId = Input.OrganisationId ?? 0,
            Relationship = Input.RelationshipValue ?? OfferorRelationship.Other,
            OfferType = Input.OfferTypeValue ?? OfferType.Other,
            Description = (Input.Description ?? string.Empty).Trim(),
            ValuePence = pence,
            Outcome = outcome,
            Reason = (Input.Reason ?? string.Empty).Trim(),
            Disposal = outcome == OfferOutcome.Accepted ? Input.DisposalValue : null,
            InvolvedInPurchasing = Input.InvolvedInPurchasing ?? false,
            IsCashOrEquivalent = Input.IsCashOrEquivalent ?? false,
        };

        foreach (var (property, message) in GiftRules.Check(details, Db.Clock.Today()))
        {
            var key = property switch
            {
                nameof(GiftDetails.ValuePence) => $"{nameof(Input)}.{nameof(GiftInput.Value)}",
                _ => $"{nameof(Input)}.{property}",
            };
            if (ModelState.IsFieldValid(key) && (property != nameof(GiftDetails.Outcome) && property != nameof(GiftDetails.Disposal) || Input.OutcomeValue is not null))
            {
                ModelState.AddModelError(key, message);
            }
        }

        return ModelState.IsValid ? details : null;
    }

    /// <summary>
    /// The organisation the details name: the one selected, or the one typed, reusing an
    /// organisation of the force with the same name (any case) and otherwise adding it. A new
    /// organisation is saved at once, so the caller should have begun a transaction.
    /// </summary>
    protected async Task<GiftDetails> WithOrganisationAsync(GiftDetails details, int forceId, CancellationToken ct)
    {
        if (!Input.HasNewOrganisation)
        {
            return details;
        }

        var id = await OrganisationDirectory.FindOrAddAsync(Db, forceId, Input.NewOrganisationName!, Input.NewOrganisationCompanyNumber, ct);
        return details with { OrganisationId = id };
    }

    /// <summary>What the confirmation banner says about a declaration just made or amended.</summary>
    protected string Outcome(GiftDeclaration declaration, string done) => Outcome(declaration, Settings, done);

    /// <summary>What the confirmation says about a declaration: its reference, and whether it is late, flagged or awaiting approval.</summary>
    public static string Outcome(GiftDeclaration declaration, ForceSettings settings, string done)
    {
        var parts = new List<string> { $"{done} {declaration.Reference}." };
        if (declaration.IsLate)
        {
            parts.Add($"It is marked late: offers must be declared within {settings.GiftDeclarationDeadlineDays} days.");
        }

        if (declaration.IsFromSupplier)
        {
            parts.Add($"It is flagged for the {settings.ProfessionalStandardsName} because the offer came from a supplier.");
        }

        if (declaration.ApprovalStatus == ApprovalStatus.AwaitingLineManager)
        {
            parts.Add("Your acceptance is awaiting approval by your line manager.");
        }

        return string.Join(' ', parts);
    }
}
