using IntegrityPortal.Core.Media;

namespace IntegrityPortal.Core.Tests.Media;

public class QuarterTests
{
    [Fact]
    public void WinterQuarter_BeginsAndEndsAtUkMidnight_WhichIsUtcMidnightInGmt()
    {
        var q1 = new Quarter(2026, 1);

        Assert.Equal(new DateOnly(2026, 1, 1), q1.FirstDay);
        Assert.Equal(new DateOnly(2026, 3, 31), q1.LastDay);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), q1.StartUtc);
        // 1 April 2026 is in British Summer Time: UK midnight is 23:00 UTC the day before.
        Assert.Equal(new DateTime(2026, 3, 31, 23, 0, 0, DateTimeKind.Utc), q1.EndUtc);
        Assert.Equal("January to March 2026", q1.Describe());
    }

    [Fact]
    public void SummerQuarter_BeginsAt2300UtcTheDayBefore()
    {
        var q3 = new Quarter(2026, 3);

        Assert.Equal(new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), q3.StartUtc);
        Assert.Equal(new DateTime(2026, 9, 30, 23, 0, 0, DateTimeKind.Utc), q3.EndUtc);
    }

    [Theory]
    [InlineData(2026, 1, 1, 2026, 1)]
    [InlineData(2026, 3, 31, 2026, 1)]
    [InlineData(2026, 4, 1, 2026, 2)]
    [InlineData(2026, 12, 31, 2026, 4)]
    public void Containing_FindsTheCalendarQuarter(int y, int m, int d, int year, int number) =>
        Assert.Equal(new Quarter(year, number), Quarter.Containing(new DateOnly(y, m, d)));

    [Fact]
    public void Previous_OfTheFirstQuarter_IsTheLastOfTheYearBefore() =>
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous);

    [Fact]
    public void UkTime_RefusesATimeTheClocksSkip_AndReadsARepeatedTimeAsGmt()
    {
        // Clocks went forward at 01:00 GMT on 29 March 2026 and back at 02:00 BST on 25 October 2026.
        Assert.Null(UkTime.ToUtc(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)));
        Assert.Equal(new DateTime(2026, 7, 1, 13, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2026, 7, 1), new TimeOnly(14, 30)));
    }
}
