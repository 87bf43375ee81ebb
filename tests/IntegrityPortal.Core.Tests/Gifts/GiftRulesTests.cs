using IntegrityPortal.Core.Gifts;

namespace IntegrityPortal.Core.Tests.Gifts;

public class GiftRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    internal static GiftDetails Offer(
        DateOnly? offeredOn = null,
        long valuePence = 2_500,
        OfferOutcome outcome = OfferOutcome.Declined,
        GiftDisposal? disposal = null,
        bool cash = false,
        OfferorRelationship relationship = OfferorRelationship.Business,
        bool purchasing = false,
        int organisationId = 1) => new()
    {
        OfferedOn = offeredOn ?? Today,
        OfferorName = "Sales director",
        OrganisationId = organisationId,
        Relationship = relationship,
        OfferType = OfferType.Hospitality,
        Description = "Lunch",
        ValuePence = valuePence,
        Outcome = outcome,
        Reason = "Policy",
        Disposal = disposal,
        InvolvedInPurchasing = purchasing,
        IsCashOrEquivalent = cash,
    };

    private static List<string> Messages(GiftDetails details) => GiftRules.Check(details, Today).Select(b => b.Message).ToList();

    [Fact]
    public void Check_ValidOffer_HasNoBrokenRules()
    {
        Assert.Empty(Messages(Offer()));
        Assert.Empty(Messages(Offer(outcome: OfferOutcome.Accepted, disposal: GiftDisposal.KeptByForce)));
    }

    [Fact]
    public void Check_OfferToday_IsAllowed_Tomorrow_IsInTheFuture()
    {
        Assert.Empty(Messages(Offer(offeredOn: Today)));
        var broken = Assert.Single(GiftRules.Check(Offer(offeredOn: Today.AddDays(1)), Today));
        Assert.Equal((nameof(GiftDetails.OfferedOn), GiftRules.FutureDate), broken);
    }

    [Theory]
    [InlineData(-1, GiftRules.NegativeValue)]
    [InlineData(GiftRules.MaximumValuePence + 1, GiftRules.AbsurdValue)]
    public void Check_ValueOutOfRange_IsRefused(long pence, string message)
    {
        var broken = Assert.Single(GiftRules.Check(Offer(valuePence: pence), Today));
        Assert.Equal((nameof(GiftDetails.ValuePence), message), broken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(GiftRules.MaximumValuePence)]
    public void Check_ValueAtTheLimits_IsAllowed(long pence) => Assert.Empty(Messages(Offer(valuePence: pence)));

    [Fact]
    public void Check_CashAccepted_IsRefused_CashDeclined_IsAllowed()
    {
        Assert.Equal([GiftRules.CashAccepted], Messages(Offer(cash: true, outcome: OfferOutcome.Accepted, disposal: GiftDisposal.GivenToCharity)));
        Assert.Empty(Messages(Offer(cash: true, outcome: OfferOutcome.Declined)));
    }

    [Fact]
    public void Check_AcceptedWithoutDisposal_NeedsOne_DeclinedDoesNot()
    {
        var broken = Assert.Single(GiftRules.Check(Offer(outcome: OfferOutcome.Accepted, disposal: null), Today));
        Assert.Equal((nameof(GiftDetails.Disposal), GiftRules.DisposalNeeded), broken);
        Assert.Empty(Messages(Offer(outcome: OfferOutcome.Declined, disposal: null)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(27, false)]
    [InlineData(28, false)]
    [InlineData(29, true)]
    [InlineData(200, true)]
    public void IsLate_OnlyAfterTheDeadlineDay(int daysAfterOffer, bool late) =>
        Assert.Equal(late, GiftRules.IsLate(Today, Today.AddDays(daysAfterOffer), 28));

    [Theory]
    [InlineData(OfferorRelationship.CurrentSupplier, true)]
    [InlineData(OfferorRelationship.BiddingOrLikelyToBid, true)]
    [InlineData(OfferorRelationship.MemberOfPublic, false)]
    [InlineData(OfferorRelationship.Media, false)]
    [InlineData(OfferorRelationship.Business, false)]
    [InlineData(OfferorRelationship.PublicBody, false)]
    [InlineData(OfferorRelationship.Charity, false)]
    [InlineData(OfferorRelationship.Other, false)]
    public void IsSupplier_CurrentAndBiddingSuppliersOnly(OfferorRelationship relationship, bool supplier) =>
        Assert.Equal(supplier, GiftRules.IsSupplier(relationship));

    [Theory]
    [InlineData(OfferOutcome.Accepted, 4_999, ApprovalStatus.NotRequired)]
    [InlineData(OfferOutcome.Accepted, 5_000, ApprovalStatus.NotRequired)]
    [InlineData(OfferOutcome.Accepted, 5_001, ApprovalStatus.AwaitingLineManager)]
    [InlineData(OfferOutcome.Declined, 5_001, ApprovalStatus.NotRequired)]
    [InlineData(OfferOutcome.Declined, 1_000_000, ApprovalStatus.NotRequired)]
    public void InitialApproval_OnlyAcceptanceAboveTheThreshold(OfferOutcome outcome, long pence, ApprovalStatus expected) =>
        Assert.Equal(expected, GiftRules.InitialApproval(outcome, pence, 5_000));

    [Fact]
    public void Patterns_ThirdOfferWithinTwelveMonths_IsARepeat_SecondIsNot()
    {
        var offer = Offer(valuePence: 100);

        Assert.Equal(PatternFlags.None, GiftRules.Patterns(offer, [(Today.AddMonths(-3), 100)], 25_000));
        Assert.Equal(PatternFlags.RepeatOffers, GiftRules.Patterns(offer, [(Today.AddMonths(-3), 100), (Today.AddMonths(-11), 100)], 25_000));
    }

    [Fact]
    public void Patterns_OffersTwelveMonthsOrMoreBefore_OrAfter_DoNotCount()
    {
        var offer = Offer(valuePence: 100);
        // Exactly 12 months before is outside the year; a later offer is not "earlier".
        IReadOnlyList<(DateOnly, long)> earlier = [(Today.AddMonths(-12), 20_000), (Today.AddYears(-2), 20_000), (Today.AddDays(5), 20_000), (Today.AddMonths(-1), 100)];

        Assert.Equal(PatternFlags.None, GiftRules.Patterns(offer, earlier, 25_000));
        Assert.Equal(PatternFlags.RepeatOffers, GiftRules.Patterns(offer, [.. earlier, (Today.AddMonths(-12).AddDays(1), 100)], 25_000));
    }

    [Fact]
    public void Patterns_AnnualValue_OnlyAboveTheLimit()
    {
        Assert.Equal(PatternFlags.None, GiftRules.Patterns(Offer(valuePence: 10_000), [(Today.AddMonths(-2), 15_000)], 25_000));
        Assert.Equal(PatternFlags.AnnualValue, GiftRules.Patterns(Offer(valuePence: 10_001), [(Today.AddMonths(-2), 15_000)], 25_000));
        Assert.Equal(PatternFlags.AnnualValue, GiftRules.Patterns(Offer(valuePence: 25_001), [], 25_000));
        Assert.Equal(PatternFlags.None, GiftRules.Patterns(Offer(valuePence: 10_001), [(Today.AddMonths(-13), 15_000)], 25_000));
    }

    [Theory]
    [InlineData(OfferorRelationship.CurrentSupplier, true, PatternFlags.SupplierToPurchaser)]
    [InlineData(OfferorRelationship.BiddingOrLikelyToBid, true, PatternFlags.SupplierToPurchaser)]
    [InlineData(OfferorRelationship.CurrentSupplier, false, PatternFlags.None)]
    [InlineData(OfferorRelationship.Business, true, PatternFlags.None)]
    public void Patterns_SupplierToSomeoneInvolvedInPurchasing(OfferorRelationship relationship, bool purchasing, PatternFlags expected) =>
        Assert.Equal(expected, GiftRules.Patterns(Offer(relationship: relationship, purchasing: purchasing), [], 25_000));

    [Fact]
    public void Patterns_Combine()
    {
        var offer = Offer(valuePence: 20_000, relationship: OfferorRelationship.CurrentSupplier, purchasing: true);

        Assert.Equal(PatternFlags.RepeatOffers | PatternFlags.AnnualValue | PatternFlags.SupplierToPurchaser,
            GiftRules.Patterns(offer, [(Today.AddDays(-10), 5_000), (Today.AddDays(-40), 5_000)], 25_000));
    }
}
