using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Gifts;

namespace IntegrityPortal.Core.Tests.BusinessInterests;

public class BusinessInterestRulesTests
{
    internal static InterestDetails Details(decimal hours = 6, decimal contracted = 40, WorkSector sector = WorkSector.General,
        bool supplier = false, bool inside = false, bool skills = false) => new()
    {
        Kind = InterestKind.SecondaryEmployment,
        OrganisationId = 1,
        Sector = sector,
        Work = "Work",
        HoursPerWeek = hours,
        WhenHoursFall = "Weekends",
        ContractedHoursPerWeek = contracted,
        PayBand = PayBand.Unpaid,
        InsideForceArea = inside,
        StartDate = new DateOnly(2026, 1, 1),
        UsesPoliceSkills = skills,
        OrganisationSuppliesForce = supplier,
    };

    [Theory]
    [InlineData(8, 40, false)]
    [InlineData(8.5, 40, true)]
    [InlineData(20, 28, false)]
    [InlineData(21, 28, true)]
    public void Hours_AreFlaggedAboveTheWorkingTimeLimit_CountingThePoliceJob(decimal hours, decimal contracted, bool flagged) =>
        Assert.Equal(flagged, BusinessInterestRules.Flags(Details(hours, contracted), false).HasFlag(PreFlags.HoursAboveLimit));

    [Theory]
    [InlineData(WorkSector.PrivateInvestigation, true)]
    [InlineData(WorkSector.Security, true)]
    [InlineData(WorkSector.LicensedPremises, true)]
    [InlineData(WorkSector.BettingOrGaming, true)]
    [InlineData(WorkSector.General, false)]
    [InlineData(WorkSector.Other, false)]
    public void RiskyKindsOfWork_AreFlagged(WorkSector sector, bool flagged) =>
        Assert.Equal(flagged, BusinessInterestRules.Flags(Details(sector: sector), false).HasFlag(PreFlags.RiskyKindOfWork));

    [Fact]
    public void Supplier_IsFlaggedFromTheApplicantsAnswer_OrTheGiftsRegister()
    {
        Assert.Equal(PreFlags.None, BusinessInterestRules.Flags(Details(), false));
        Assert.Equal(PreFlags.SupplierToForce, BusinessInterestRules.Flags(Details(supplier: true), false));
        Assert.Equal(PreFlags.SupplierToForce, BusinessInterestRules.Flags(Details(), true));
        Assert.Equal(PreFlags.InsideForceArea | PreFlags.UsesPoliceSkills, BusinessInterestRules.Flags(Details(inside: true, skills: true), false));
    }

    [Fact]
    public void Check_RefusesMissingWorkAndImpossibleHours()
    {
        Assert.Empty(BusinessInterestRules.Check(Details()));
        Assert.Contains(BusinessInterestRules.Check(Details() with { Work = " " }), e => e.Property == nameof(InterestDetails.Work));
        Assert.Contains(BusinessInterestRules.Check(Details(hours: 169)), e => e.Property == nameof(InterestDetails.HoursPerWeek));
        Assert.Contains(BusinessInterestRules.Check(Details(contracted: -1)), e => e.Property == nameof(InterestDetails.ContractedHoursPerWeek));
        Assert.Contains(BusinessInterestRules.Check(Details() with { WhenHoursFall = "" }), e => e.Property == nameof(InterestDetails.WhenHoursFall));
    }

    [Fact]
    public void AppealDeadline_AndReviewDates()
    {
        Assert.Equal(new DateOnly(2026, 7, 13), BusinessInterestRules.AppealDeadline(new DateOnly(2026, 6, 15), 28));
        Assert.Equal(new DateOnly(2027, 6, 15), BusinessInterestRules.NextReview(new DateOnly(2026, 6, 15), 12));
        Assert.True(BusinessInterestRules.IsReviewOverdue(new DateOnly(2026, 6, 14), new DateOnly(2026, 6, 15)));
        Assert.False(BusinessInterestRules.IsReviewOverdue(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15)));
        Assert.True(BusinessInterestRules.IsReviewDueSoon(new DateOnly(2026, 7, 15), new DateOnly(2026, 6, 15)));
        Assert.False(BusinessInterestRules.IsReviewDueSoon(new DateOnly(2026, 7, 16), new DateOnly(2026, 6, 15)));
    }
}
