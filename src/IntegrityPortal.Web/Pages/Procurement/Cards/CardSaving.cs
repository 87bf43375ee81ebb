using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Cards;

/// <summary>
/// How a valid card transaction is checked and written, for the form and the import alike. The
/// bank's reference is the natural key: the import brings a known transaction up to date, so
/// the same statement imported again changes nothing.
/// </summary>
public static class CardSaving
{
    /// <summary>The card holder's person id, and every problem as (field, message).</summary>
    public static async Task<(int? CardHolderId, List<(string Field, string Message)> Problems)> ResolveAsync(
        IntegrityDbContext db, int forceId, CardInput input, bool updateExisting, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        var reference = input.BankReference!.Trim();
        if (!updateExisting && await db.CardTransactions.AnyAsync(t => t.ForceId == forceId && t.BankReference == reference, ct))
        {
            problems.Add((nameof(CardInput.BankReference), "A transaction with this bank reference is already recorded"));
        }

        var holder = await ProcurementPages.PersonIdAsync(db, forceId, input.CardHolder, ct);
        if (holder is null)
        {
            problems.Add((nameof(CardInput.CardHolder), $"No one in the force has the number {input.CardHolder!.Trim()}"));
        }

        return (holder, problems);
    }

    public static async Task<CardTransaction> SaveAsync(IntegrityDbContext db, int forceId, CardInput input, int cardHolderId, CancellationToken ct)
    {
        var reference = input.BankReference!.Trim();
        var transaction = await db.CardTransactions.SingleOrDefaultAsync(t => t.ForceId == forceId && t.BankReference == reference, ct);
        if (transaction is null)
        {
            transaction = new CardTransaction { ForceId = forceId, BankReference = reference, MerchantName = string.Empty };
            db.CardTransactions.Add(transaction);
        }

        ProcurementPages.TryParsePounds(input.Amount, allowNegative: true, out var pence, out _);
        transaction.CardHolderId = cardHolderId;
        transaction.TransactionOn = input.TransactionOn!.Value;
        transaction.MerchantName = input.MerchantName!.Trim();
        transaction.AmountPence = pence;
        transaction.MerchantCategory = string.IsNullOrWhiteSpace(input.MerchantCategory) ? null : input.MerchantCategory.Trim();
        transaction.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        await db.SaveChangesAsync(ct);
        return transaction;
    }
}
