using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IntegrityPortal.Core.Data.Configurations;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Web.Pages.Procurement.Suppliers;

/// <summary>A supplier as the form and the CSV import give it. Choices are text, so a tampered value gets the field's message.</summary>
public class SupplierInput
{
    [Display(Name = "Organisation")]
    public int? OrganisationId { get; set; }

    /// <summary>The organisation's name as typed or chosen in the picker; matched exactly when no id came with it.</summary>
    public string? OrganisationName { get; set; }
    public string? NewOrganisationName { get; set; }
    public string? SupplierReference { get; set; }
    public string? CompanyNumber { get; set; }
    public string? RegisteredAddress { get; set; }
    public string? Postcode { get; set; }
    public string? VatNumber { get; set; }
    public string? Status { get; set; }

    public bool HasNewOrganisation => !string.IsNullOrWhiteSpace(NewOrganisationName);
    public SupplierStatus? StatusValue => ProcurementPages.Choice<SupplierStatus>(Status);
}

public class SupplierInputValidator : AbstractValidator<SupplierInput>
{
    public const string OrganisationMissing = "Select the organisation, or add a new one";
    public const string OrganisationBoth = "Select an organisation or add a new one, not both";

    public SupplierInputValidator()
    {
        RuleFor(x => x.OrganisationId)
            .Must((input, id) => id is not null || input.HasNewOrganisation).WithMessage(OrganisationMissing)
            .Must((input, id) => id is null || !input.HasNewOrganisation).WithMessage(OrganisationBoth);
        RuleFor(x => x.NewOrganisationName)
            .Must(v => (v ?? string.Empty).Trim().Length <= 200).WithMessage("The organisation's name must be 200 characters or fewer");
        RuleFor(x => x.SupplierReference)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the supplier reference from the finance system")
            .Must(v => (v ?? string.Empty).Trim().Length <= SupplierConfiguration.ReferenceLength)
            .WithMessage($"The supplier reference must be {SupplierConfiguration.ReferenceLength} characters or fewer");
        RuleFor(x => x.CompanyNumber)
            .Must(v => string.IsNullOrWhiteSpace(v) || ProcurementRules.NormaliseCompanyNumber(v) is not null)
            .WithMessage(ProcurementRules.CompanyNumberFormat);
        RuleFor(x => x.RegisteredAddress)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the registered address")
            .Must(v => (v ?? string.Empty).Trim().Length <= SupplierConfiguration.AddressLength)
            .WithMessage($"The registered address must be {SupplierConfiguration.AddressLength} characters or fewer");
        RuleFor(x => x.Postcode)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the postcode of the registered address")
            .Must(v => string.IsNullOrWhiteSpace(v) || ProcurementRules.NormalisePostcode(v) is not null)
            .WithMessage(ProcurementRules.PostcodeFormat);
        RuleFor(x => x.VatNumber)
            .Must(v => string.IsNullOrWhiteSpace(v) || ProcurementRules.NormaliseVatNumber(v) is not null)
            .WithMessage(ProcurementRules.VatNumberFormat);
        RuleFor(x => x.Status)
            .Must((input, _) => input.StatusValue is not null).WithMessage("Select whether the supplier is active or inactive");
    }
}
