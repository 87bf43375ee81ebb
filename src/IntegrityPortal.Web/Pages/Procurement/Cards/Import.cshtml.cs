using FluentValidation;
using IntegrityPortal.Web.Infrastructure.Imports;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Cards;

/// <summary>Procurement imports a card statement from the bank's CSV export; the bank's transaction reference is the key.</summary>
public class ImportModel(IntegrityDbContext db, IValidator<CardInput> validator) : ProcurementImportModel<CardInput>(db, validator)
{
    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("Transaction reference", nameof(CardInput.BankReference), true, "The bank's reference for the transaction; the key of the row"),
        new("Card holder", nameof(CardInput.CardHolder), true, "The card holder's collar or staff number"),
        new("Date", nameof(CardInput.TransactionOn), true, "Day/month/year, like 23/11/2026"),
        new("Merchant", nameof(CardInput.MerchantName), true, "The merchant as the bank writes it, like AMZN MKTP UK*2K3"),
        new("Amount", nameof(CardInput.Amount), true, "In pounds, like 42.50; a refund as -42.50"),
        new("Merchant category", nameof(CardInput.MerchantCategory), false, "As the bank gives it, like 5812 Restaurants"),
        new("Description", nameof(CardInput.Description), false, "What was bought"),
    ];

    public override IReadOnlyList<ImportColumn> Layout => Columns;

    public override string Things => "card transactions";

    protected override CardInput ToInput(ImportRow row, List<(string Property, string Message)> problems) => new()
    {
        BankReference = row["Transaction reference"],
        CardHolder = row["Card holder"],
        TransactionOn = row.Date("Date", nameof(CardInput.TransactionOn), problems),
        MerchantName = row["Merchant"],
        Amount = row["Amount"],
        MerchantCategory = row["Merchant category"],
        Description = row["Description"],
    };

    protected override string KeyOf(CardInput input) => input.BankReference!.Trim();

    protected override async Task<List<(string Property, string Message)>> CheckAsync(int forceId, CardInput input, ImportRow row, CancellationToken ct) =>
        (await CardSaving.ResolveAsync(Db, forceId, input, updateExisting: true, ct)).Problems;

    protected override async Task<RowOutcome> SaveAsync(int forceId, CardInput input, ImportRow row, CancellationToken ct)
    {
        var key = KeyOf(input);
        var before = await Db.CardTransactions.Where(t => t.ForceId == forceId && t.BankReference == key).Select(t => (int?)t.Version).SingleOrDefaultAsync(ct);
        var (holder, _) = await CardSaving.ResolveAsync(Db, forceId, input, updateExisting: true, ct);
        var saved = await CardSaving.SaveAsync(Db, forceId, input, holder!.Value, ct);
        return before is null ? RowOutcome.Added : saved.Version != before ? RowOutcome.Updated : RowOutcome.Unchanged;
    }
}
