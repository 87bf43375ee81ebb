namespace IntegrityPortal.Core.Gifts;

/// <summary>The offeror's relationship to the force at the time of the offer.</summary>
public enum OfferorRelationship
{
    CurrentSupplier = 1,
    BiddingOrLikelyToBid = 2,
    MemberOfPublic = 3,
    Media = 4,
    Business = 5,
    PublicBody = 6,
    Charity = 7,
    Other = 8,
}

public enum OfferType
{
    Gift = 1,
    Hospitality = 2,
    TicketOrEvent = 3,
    Travel = 4,
    Discount = 5,
    Gratuity = 6,
    Other = 7,
}

public enum OfferOutcome
{
    Accepted = 1,
    Declined = 2,
}

/// <summary>What happened to an accepted gift.</summary>
public enum GiftDisposal
{
    KeptPersonally = 1,
    KeptByForce = 2,
    GivenToCharity = 3,
    Returned = 4,
}

/// <summary>
/// Acceptance above the force's approval value needs the line manager's and then PSD's
/// approval before it counts as accepted.
/// </summary>
public enum ApprovalStatus
{
    NotRequired = 1,
    AwaitingLineManager = 2,
    AwaitingPsd = 3,
    Approved = 4,
    Refused = 5,
}

/// <summary>PSD's review of a declaration in the register.</summary>
public enum ReviewStatus
{
    AwaitingReview = 1,
    Reviewed = 2,
    NeedsAction = 3,
    ReferredForInvestigation = 4,
}

/// <summary>Patterns PSD looks for, computed when a declaration is made or amended.</summary>
[Flags]
public enum PatternFlags
{
    None = 0,

    /// <summary>Three or more offers from the same organisation to the same person within 12 months.</summary>
    RepeatOffers = 1,

    /// <summary>Offers from one organisation to one person in a year total more than the force's limit.</summary>
    AnnualValue = 2,

    /// <summary>An offer from a supplier to someone involved in purchasing from it.</summary>
    SupplierToPurchaser = 4,
}

public static class GiftText
{
    public static string Describe(this OfferorRelationship value) => value switch
    {
        OfferorRelationship.CurrentSupplier => "Current supplier",
        OfferorRelationship.BiddingOrLikelyToBid => "Bidding or likely to bid for work",
        OfferorRelationship.MemberOfPublic => "Member of the public",
        OfferorRelationship.PublicBody => "Public body",
        _ => value.ToString(),
    };

    public static string Describe(this OfferType value) => value switch
    {
        OfferType.TicketOrEvent => "Ticket or event",
        _ => value.ToString(),
    };

    public static string Describe(this GiftDisposal value) => value switch
    {
        GiftDisposal.KeptPersonally => "Kept personally",
        GiftDisposal.KeptByForce => "Kept by the force",
        GiftDisposal.GivenToCharity => "Given to charity",
        _ => value.ToString(),
    };

    public static string Describe(this ApprovalStatus value) => value switch
    {
        ApprovalStatus.NotRequired => "Not required",
        ApprovalStatus.AwaitingLineManager => "Awaiting line manager",
        ApprovalStatus.AwaitingPsd => "Awaiting PSD approval",
        _ => value.ToString(),
    };

    public static string Describe(this ReviewStatus value) => value switch
    {
        ReviewStatus.AwaitingReview => "Awaiting PSD review",
        ReviewStatus.NeedsAction => "Needs action",
        ReviewStatus.ReferredForInvestigation => "Referred for investigation",
        _ => value.ToString(),
    };
}
