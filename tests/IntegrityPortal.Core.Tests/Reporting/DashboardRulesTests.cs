using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Reporting.Dashboard;

namespace IntegrityPortal.Core.Tests.Reporting;

public class DashboardRulesTests
{
    [Fact]
    public void Median_OfCountedValues_IsTheMiddleValue_OrHalfwayBetweenTheTwoMiddleOnes()
    {
        Assert.Null(Median.Of([]));
        Assert.Equal(7, Median.Of([(7, 1)]));
        // 2, 4, 4, 31: halfway between 4 and 4.
        Assert.Equal(4, Median.Of([(31, 1), (2, 1), (4, 2)]));
        // 9, 10: halfway.
        Assert.Equal(9.5, Median.Of([(10, 1), (9, 1)]));
        // 1, 1, 1, 50, 60: the third value.
        Assert.Equal(1, Median.Of([(60, 1), (1, 3), (50, 1)]));
        Assert.Equal(55, Median.Of([(50, 1), (60, 1), (0, 0)]));
    }

    [Theory]
    [InlineData(12.0, 15.0, "Declarations made: up from 12 to 15 on the previous quarter.")]
    [InlineData(15.0, 12.0, "Declarations made: down from 15 to 12 on the previous quarter.")]
    [InlineData(4.0, 4.0, "Declarations made: unchanged at 4 on the previous quarter.")]
    [InlineData(9.5, 1234.0, "Declarations made: up from 9.5 to 1,234 on the previous quarter.")]
    [InlineData(null, 3.0, "Declarations made: 3 this quarter; no figure for the previous quarter.")]
    [InlineData(3.0, null, "Declarations made: no figure this quarter.")]
    public void TrendReading_ComparesThisQuarterWithThePrevious(double? previous, double? current, string expected) =>
        Assert.Equal(expected, TrendReading.Describe("Declarations made", previous, current));

    [Fact]
    public void SmallCounts_FromOneToBelowTheThreshold_ReadFewerThan_AndZeroIsShown()
    {
        var shown = SmallCounts.Suppress([0, 1, 4, 5, 12, 3], 5);

        Assert.Equal(["0", "fewer than 5", "fewer than 5", "5", "12", "fewer than 5"], shown.Select(s => s.Display));
    }

    [Fact]
    public void SmallCounts_ALoneSmallCount_HidesTheNextSmallestToo_SoTheTotalCannotGiveItAway()
    {
        var shown = SmallCounts.Suppress([6, 3, 5, 0], 5);

        Assert.Equal(["6", "fewer than 5", "not shown", "0"], shown.Select(s => s.Display));
        Assert.All(shown.Where(s => s.IsSuppressed), s => Assert.Null(s.Count));
    }

    [Fact]
    public void SmallCounts_TheThresholdIsTheForcesSetting()
    {
        Assert.Equal(["6", "5", "3"], SmallCounts.Suppress([6, 5, 3], 3).Select(s => s.Display));
        Assert.Equal(["fewer than 7", "fewer than 7", "fewer than 7"], SmallCounts.Suppress([6, 5, 3], 7).Select(s => s.Display));
    }

    [Fact]
    public void DashboardQuarters_AreTheCurrentQuarterAndTheEightBefore_OldestFirst()
    {
        var quarters = DashboardQuarters.Containing(new DateOnly(2030, 11, 15));

        Assert.Equal(9, quarters.All.Count);
        Assert.Equal(new Quarter(2028, 4), quarters.First);
        Assert.Equal(new Quarter(2030, 4), quarters.Current);
        Assert.Equal(new DateOnly(2030, 11, 15), quarters.AsAt(quarters.Current));
        Assert.Equal(new DateOnly(2030, 9, 30), quarters.AsAt(quarters.All[^2]));
        Assert.Equal(new DateOnly(2031, 1, 1), quarters.Days[^1]);
    }
}
