using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Cards;

/// <summary>
/// The confirmation after procurement records a card transaction: its bank reference, date,
/// merchant and amount, and what the cross-check found about it. The form is not on this page,
/// so a reload or a second click records nothing. It does not name the card holder, so, unlike
/// the list of transactions, it is not recorded as a consultation. Only procurement opens it, as
/// only procurement records (PageAuthorization); a transaction of a force the user does not
/// serve is "not found", by the force filter.
/// </summary>
public class AddedModel(IntegrityDbContext db) : PageModel
{
    public string Reference { get; private set; } = string.Empty;
    public DateOnly TransactionOn { get; private set; }
    public string MerchantName { get; private set; } = string.Empty;
    public long AmountPence { get; private set; }
    public int Matches { get; private set; }

    /// <summary>What "What happens next" says of the cross-check (_CrossCheckNext).</summary>
    public (int Matches, string Record) CrossCheck => (Matches, $"transaction {Reference}");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // As on the form: procurement adds only to its own force.
        if (db.Actor.HomeForceId is null)
        {
            return Forbid();
        }

        var transaction = await db.CardTransactions.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new { t.BankReference, t.TransactionOn, t.MerchantName, t.AmountPence }).SingleOrDefaultAsync(ct);
        if (transaction is null)
        {
            return NotFound();
        }

        (Reference, TransactionOn, MerchantName, AmountPence) = (transaction.BankReference, transaction.TransactionOn, transaction.MerchantName, transaction.AmountPence);
        // A merchant is the bank's text, not an organisation: only matches naming the transaction count.
        Matches = await ProcurementPages.MatchesNamingAsync(db, MatchRecordKind.CardTransaction, id, [], ct);
        return Page();
    }
}
