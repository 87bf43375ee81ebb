using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// A corporate or purchasing card transaction, with the merchant as the bank writes it ("AMZN
/// MKTP UK*2K3"): the cross-check, not the form, works out which organisation that is. The
/// bank's transaction reference is the natural key: two identical purchases on one day are two
/// rows with two references, and an import of the same statement again adds nothing.
/// </summary>
public class CardTransaction : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public required string BankReference { get; set; }
    public int CardHolderId { get; set; }
    public Person? CardHolder { get; set; }
    public DateOnly TransactionOn { get; set; }
    public required string MerchantName { get; set; }

    /// <summary>Amount in pence; a refund is negative.</summary>
    public long AmountPence { get; set; }

    /// <summary>The card scheme's merchant category as the bank gives it ("5812 Restaurants").</summary>
    public string? MerchantCategory { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }
}
