using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data.Configurations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Pages.Procurement.Contracts;

/// <summary>
/// A contract or tender as the form and the CSV import give it. Bidders are organisation names,
/// one a line (a semicolon between them in a CSV cell); panel members and the signatory are
/// collar or staff numbers.
/// </summary>
public class ContractInput
{
    public string? Reference { get; set; }
    public string? Title { get; set; }

    [Display(Name = "Supplier")]
    public int? SupplierOrganisationId { get; set; }

    /// <summary>The winner's name as typed or chosen in the picker.</summary>
    public string? SupplierOrganisationName { get; set; }
    public string? Value { get; set; }
    public string? Route { get; set; }

    [Display(Name = "The date the tender opened")]
    public DateOnly? TenderOpenedOn { get; set; }

    [Display(Name = "The date of the award")]
    public DateOnly? AwardedOn { get; set; }

    [Display(Name = "The start date")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "The end date")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Awarding department")]
    public int? AwardingDepartmentId { get; set; }
    public string? Bidders { get; set; }
    public string? PanelMembers { get; set; }
    public string? Signatory { get; set; }

    public ProcurementRoute? RouteValue => ProcurementPages.Choice<ProcurementRoute>(Route);

    public bool HasSupplier => SupplierOrganisationId is not null || !string.IsNullOrWhiteSpace(SupplierOrganisationName);

    public IReadOnlyList<string> BidderNames => Split(Bidders, ['\n', ';']);

    public IReadOnlyList<string> PanelNumbers => Split(PanelMembers, ['\n', ';', ',']);

    private static IReadOnlyList<string> Split(string? text, char[] separators) =>
        (text ?? string.Empty).Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

public class ContractInputValidator : AbstractValidator<ContractInput>
{
    public ContractInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Reference)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the contract reference")
            .Must(v => (v ?? string.Empty).Trim().Length <= ContractConfiguration.ReferenceLength)
            .WithMessage($"The contract reference must be {ContractConfiguration.ReferenceLength} characters or fewer");
        RuleFor(x => x.Title)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the title of the contract")
            .Must(v => (v ?? string.Empty).Trim().Length <= ContractConfiguration.TitleLength)
            .WithMessage($"The title must be {ContractConfiguration.TitleLength} characters or fewer");
        RuleFor(x => x.Value)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the value of the contract, like 12500")
            .Custom((v, context) =>
            {
                if (!string.IsNullOrWhiteSpace(v) && !ProcurementPages.TryParsePounds(v, allowNegative: false, out _, out var error))
                {
                    context.AddFailure(error!);
                }
            });
        RuleFor(x => x.Route)
            .Must((input, _) => input.RouteValue is not null).WithMessage("Select how the contract was let");
        RuleFor(x => x.TenderOpenedOn).Within(PlausibleDates.TenderOpened, clock);
        RuleFor(x => x.AwardedOn)
            .Within(PlausibleDates.ContractAwarded, clock)
            .Must((input, v) => v is not null || !input.HasSupplier).WithMessage("Enter the date of the award, or leave the supplier empty while the tender is open")
            .Must((input, v) => v is null || input.TenderOpenedOn is not { } opened || v >= opened)
            .WithMessage("The date of the award must be the same as or after the date the tender opened");
        RuleFor(x => x.SupplierOrganisationId)
            .Must((input, _) => input.HasSupplier || input.AwardedOn is null).WithMessage("Select the supplier the contract was awarded to");
        RuleFor(x => x.StartsOn).Within(PlausibleDates.ContractStart, clock);
        RuleFor(x => x.EndsOn)
            .Within(PlausibleDates.ContractEnd, clock)
            .Must((input, v) => v is null || input.StartsOn is not { } start || v >= start)
            .WithMessage("The end date must be the same as or after the start date");
        RuleFor(x => x.Bidders)
            .Must((input, _) => input.BidderNames.All(n => n.Length <= 200)).WithMessage("Each bidder's name must be 200 characters or fewer")
            .Must((input, _) => input.BidderNames.Count <= 50).WithMessage("Enter no more than 50 bidders");
        RuleFor(x => x.PanelMembers)
            .Must((input, _) => input.PanelNumbers.All(n => n.Length <= 20)).WithMessage("Enter collar or staff numbers of 20 characters or fewer, separated by commas")
            .Must((input, _) => input.PanelNumbers.Count <= 20).WithMessage("Enter no more than 20 panel members");
        RuleFor(x => x.Signatory)
            .Must(v => (v ?? string.Empty).Trim().Length <= 20).WithMessage("The signatory's number must be 20 characters or fewer");
    }
}
