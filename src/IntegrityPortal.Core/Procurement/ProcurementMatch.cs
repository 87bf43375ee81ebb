using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.Procurement;

/// <summary>What kind of coincidence the cross-check found.</summary>
public enum MatchKind
{
    /// <summary>An offer from an organisation that is, was or becomes a supplier, bidder or winner within the window.</summary>
    OfferFromSupplier = 1,

    /// <summary>A business interest in an organisation that supplies the force or bid for a contract.</summary>
    InterestInSupplier = 2,

    /// <summary>Card spending by a person with a merchant that made that person an offer.</summary>
    CardSpendWithOfferor = 3,

    /// <summary>The same organisation entered twice under different spellings.</summary>
    DuplicateOrganisation = 4,
}

/// <summary>The kind of record on either side of a match.</summary>
public enum MatchRecordKind
{
    GiftDeclaration = 1,
    BusinessInterest = 2,
    CardTransaction = 3,
    Supplier = 4,
    Contract = 5,
    Organisation = 6,
}

public enum MatchPriority
{
    Normal = 1,
    High = 2,
}

/// <summary>Where PSD's review of a match stands.</summary>
public enum MatchStatus
{
    New = 1,
    NotAMatch = 2,
    NoConcern = 3,
    AdviceGiven = 4,
    Referred = 5,

    /// <summary>A duplicate-organisation pair merged into one record (or a pair the merge settled).</summary>
    Merged = 6,
}

/// <summary>
/// A coincidence the cross-check found between two records of different registers (or two
/// organisations of one), with the evidence: the score, the reason in words, and the two
/// records. One row per pair and kind (unique), so a pair PSD settled as "not a match" is never
/// raised again, and running the cross-check twice adds nothing.
/// </summary>
public class ProcurementMatch : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public MatchKind Kind { get; set; }
    public MatchRecordKind LeftKind { get; set; }
    public int LeftId { get; set; }
    public MatchRecordKind RightKind { get; set; }
    public int RightId { get; set; }

    /// <summary>The organisations the two records name (the same one when the match is by record).</summary>
    public int? LeftOrganisationId { get; set; }
    public int? RightOrganisationId { get; set; }

    /// <summary>0 to 100; 100 for the same organisation record, company number or VAT number.</summary>
    public int Score { get; set; }
    public required string Reason { get; set; }
    public MatchPriority Priority { get; set; }
    public MatchStatus Status { get; set; } = MatchStatus.New;
    public DateTime RaisedUtc { get; set; }
    public string? OutcomeNote { get; set; }
    public string? SettledBy { get; set; }
    public DateTime? SettledUtc { get; set; }
    public int? InvestigationId { get; set; }
    public int Version { get; set; }
}
