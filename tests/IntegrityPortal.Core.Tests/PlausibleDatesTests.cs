using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Tests.BusinessInterests;
using IntegrityPortal.Core.Tests.Gifts;

namespace IntegrityPortal.Core.Tests;

public class PlausibleDatesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void Range_AcceptsItsEnds_AndNamesTheEndThatWasPassed()
    {
        var range = PlausibleDates.GiftOffer;

        Assert.Null(range.Check(new DateOnly(2016, 6, 15), Today));
        Assert.Null(range.Check(Today, Today));
        Assert.Equal("The date of the offer must be on or after 15 June 2016", range.Check(new DateOnly(2016, 6, 14), Today));
        Assert.Equal("The date of the offer must be today or in the past", range.Check(Today.AddDays(1), Today));
        Assert.Equal("The start date must be on or before 15 June 2028", PlausibleDates.InterestStart.Check(new DateOnly(2028, 6, 16), Today));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1000, 6, 1)]
    [InlineData(2016, 6, 14)]
    public void GiftRules_RefuseAnOfferDateCenturiesOrDecadesAgo(int year, int month, int day)
    {
        var broken = Assert.Single(GiftRules.Check(GiftRulesTests.Offer(offeredOn: new DateOnly(year, month, day)), Today));

        Assert.Equal((nameof(GiftDetails.OfferedOn), "The date of the offer must be on or after 15 June 2016"), broken);
    }

    [Fact]
    public void GiftRules_ForTheFirstDayOfTheCalendar_DoNotOverflow()
    {
        // The pattern rules look a year back from the offer; the range check comes first.
        Assert.NotEmpty(GiftRules.Check(GiftRulesTests.Offer(offeredOn: DateOnly.MinValue), DateOnly.MaxValue.AddYears(-5)));
        Assert.NotEmpty(GiftRules.Check(GiftRulesTests.Offer(offeredOn: DateOnly.MinValue), Today));
    }

    [Fact]
    public void BusinessInterestRules_RefuseAStartDateCenturiesAgoOrYearsAhead()
    {
        var details = BusinessInterestRulesTests.Details();

        Assert.DoesNotContain(BusinessInterestRules.Check(details with { StartDate = new DateOnly(1980, 1, 1) }, Today), b => b.Property == nameof(InterestDetails.StartDate));
        Assert.Contains(BusinessInterestRules.Check(details with { StartDate = new DateOnly(1000, 1, 1) }, Today), b => b.Property == nameof(InterestDetails.StartDate));
        Assert.Contains(BusinessInterestRules.Check(details with { StartDate = Today.AddYears(3) }, Today), b => b.Property == nameof(InterestDetails.StartDate));
    }

    [Fact]
    public void EveryRange_LooksBackAtMostSixtyYears_AndAheadAtMostTwo_ButAContractsTerm()
    {
        var ranges = typeof(PlausibleDates).GetFields().Where(f => f.FieldType == typeof(DateRange)).Select(f => (DateRange)f.GetValue(null)!).ToList();
        // A contract is let years ahead of its start and may run for decades (estates, PFI).
        DateRange[] contractTerm = [PlausibleDates.ContractStart, PlausibleDates.ContractEnd];

        Assert.NotEmpty(ranges);
        Assert.All(ranges, r => Assert.InRange(r.YearsBack, 1, 60));
        Assert.All(ranges.Except(contractTerm), r => Assert.InRange(r.YearsAhead, 0, 2));
        Assert.All(contractTerm, r => Assert.InRange(r.YearsAhead, 0, 30));
        Assert.All(ranges, r => Assert.True(r.Earliest(Today) >= PlausibleDates.FirstAccepted && r.Latest(Today) <= PlausibleDates.LastAccepted));
    }
}
