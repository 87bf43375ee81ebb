namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// What the declarant says about an offer: the part of a declaration that an amendment
/// replaces and that each version keeps. Money is in whole pence.
/// </summary>
public sealed record GiftDetails
{
    public required DateOnly OfferedOn { get; init; }
    public required string OfferorName { get; init; }
    public required int OrganisationId { get; init; }
    public required OfferorRelationship Relationship { get; init; }
    public required OfferType OfferType { get; init; }
    public required string Description { get; init; }
    public required long ValuePence { get; init; }
    public required OfferOutcome Outcome { get; init; }
    public required string Reason { get; init; }
    public GiftDisposal? Disposal { get; init; }
    public required bool InvolvedInPurchasing { get; init; }
    public required bool IsCashOrEquivalent { get; init; }
}
