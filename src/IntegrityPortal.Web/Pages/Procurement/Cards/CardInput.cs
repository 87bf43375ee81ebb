using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data.Configurations;
using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Pages.Procurement.Cards;

/// <summary>A card transaction as the form and the CSV import give it; the card holder is a collar or staff number.</summary>
public class CardInput
{
    public string? BankReference { get; set; }
    public string? CardHolder { get; set; }

    [Display(Name = "The date of the transaction")]
    public DateOnly? TransactionOn { get; set; }
    public string? MerchantName { get; set; }
    public string? Amount { get; set; }
    public string? MerchantCategory { get; set; }
    public string? Description { get; set; }
}

public class CardInputValidator : AbstractValidator<CardInput>
{
    public CardInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.BankReference)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the bank's reference for the transaction")
            .Must(v => (v ?? string.Empty).Trim().Length <= CardTransactionConfiguration.BankReferenceLength)
            .WithMessage($"The bank's reference must be {CardTransactionConfiguration.BankReferenceLength} characters or fewer");
        RuleFor(x => x.CardHolder)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the card holder's collar or staff number")
            .Must(v => (v ?? string.Empty).Trim().Length <= 20).WithMessage("The card holder's number must be 20 characters or fewer");
        RuleFor(x => x.TransactionOn)
            .NotNull().WithMessage("Enter the date of the transaction")
            .Within(PlausibleDates.CardTransaction, clock);
        RuleFor(x => x.MerchantName)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the merchant as the bank statement shows it")
            .Must(v => (v ?? string.Empty).Trim().Length <= CardTransactionConfiguration.MerchantLength)
            .WithMessage($"The merchant must be {CardTransactionConfiguration.MerchantLength} characters or fewer");
        RuleFor(x => x.Amount)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the amount, like 42.50 (a refund as -42.50)")
            .Custom((v, context) =>
            {
                if (!string.IsNullOrWhiteSpace(v) && !ProcurementPages.TryParsePounds(v, allowNegative: true, out _, out var error))
                {
                    context.AddFailure(error!);
                }
            });
        RuleFor(x => x.MerchantCategory)
            .Must(v => (v ?? string.Empty).Trim().Length <= CardTransactionConfiguration.CategoryLength)
            .WithMessage($"The merchant category must be {CardTransactionConfiguration.CategoryLength} characters or fewer");
        RuleFor(x => x.Description)
            .Must(v => (v ?? string.Empty).Trim().Length <= CardTransactionConfiguration.DescriptionLength)
            .WithMessage($"The description must be {CardTransactionConfiguration.DescriptionLength} characters or fewer");
    }
}
