namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// The register's rules as pure functions, so each is unit-tested on its own and the page's
/// validator and the workflow apply the same ones.
/// </summary>
public static class GiftRules
{
    /// <summary>£1,000,000: a value above it is a typing mistake, not an offer to a police officer.</summary>
    public const long MaximumValuePence = 100_000_000;

    public const string FutureDate = "The date of the offer must be today or in the past";
    public const string NegativeValue = "The value must be £0 or more";
    public const string AbsurdValue = "The value must be £1,000,000 or less: check the amount";
    public const string CashAccepted = "Cash and cash equivalents (such as vouchers or gift cards) must never be accepted: record the offer as declined";
    public const string DisposalNeeded = "Select what happened to the accepted offer";

    /// <summary>The rules on the details themselves, as (property, message) pairs.</summary>
    public static IEnumerable<(string Property, string Message)> Check(GiftDetails details, DateOnly today)
    {
        // FutureDate is the range's message for a date after today.
        if (PlausibleDates.GiftOffer.Check(details.OfferedOn, today) is { } dateMessage)
        {
            yield return (nameof(GiftDetails.OfferedOn), dateMessage);
        }

        if (details.ValuePence < 0)
        {
            yield return (nameof(GiftDetails.ValuePence), NegativeValue);
        }
        else if (details.ValuePence > MaximumValuePence)
        {
            yield return (nameof(GiftDetails.ValuePence), AbsurdValue);
        }

        if (details.IsCashOrEquivalent && details.Outcome == OfferOutcome.Accepted)
        {
            yield return (nameof(GiftDetails.Outcome), CashAccepted);
        }

        if (details.Outcome == OfferOutcome.Accepted && details.Disposal is null)
        {
            yield return (nameof(GiftDetails.Disposal), DisposalNeeded);
        }
    }

    /// <summary>Declared after the force's deadline (days after the offer).</summary>
    public static bool IsLate(DateOnly offeredOn, DateOnly declaredOn, int deadlineDays) =>
        declaredOn > offeredOn.AddDays(deadlineDays);

    public static bool IsSupplier(OfferorRelationship relationship) =>
        relationship is OfferorRelationship.CurrentSupplier or OfferorRelationship.BiddingOrLikelyToBid;

    /// <summary>Acceptance above the force's approval value needs approval; a declined offer never does.</summary>
    public static ApprovalStatus InitialApproval(OfferOutcome outcome, long valuePence, long approvalThresholdPence) =>
        outcome == OfferOutcome.Accepted && valuePence > approvalThresholdPence
            ? ApprovalStatus.AwaitingLineManager
            : ApprovalStatus.NotRequired;

    /// <summary>
    /// The pattern flags of an offer, given the same person's other offers from the same
    /// organisation (date and value of each, this one excluded).
    /// </summary>
    public static PatternFlags Patterns(GiftDetails offer, IReadOnlyList<(DateOnly OfferedOn, long ValuePence)> earlier, long annualValueLimitPence)
    {
        var flags = PatternFlags.None;
        var yearBefore = offer.OfferedOn.AddMonths(-12);
        var inYear = earlier.Where(e => e.OfferedOn > yearBefore && e.OfferedOn <= offer.OfferedOn).ToList();
        if (inYear.Count + 1 >= 3)
        {
            flags |= PatternFlags.RepeatOffers;
        }

        if (inYear.Sum(e => e.ValuePence) + offer.ValuePence > annualValueLimitPence)
        {
            flags |= PatternFlags.AnnualValue;
        }

        if (IsSupplier(offer.Relationship) && offer.InvolvedInPurchasing)
        {
            flags |= PatternFlags.SupplierToPurchaser;
        }

        return flags;
    }
}
