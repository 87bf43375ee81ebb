using IntegrityPortal.Core.Reporting;

namespace IntegrityPortal.Core.Tests.Reporting;

public class HmicWordsTests
{
    [Theory]
    [InlineData(0, "no")]
    [InlineData(1, "one")]
    [InlineData(4, "four")]
    [InlineData(9, "nine")]
    [InlineData(10, "10")]
    [InlineData(57, "57")]
    [InlineData(1234, "1,234")]
    public void Numbers_OneToNineInWords_TenUpwardsInFigures(int n, string expected) =>
        Assert.Equal(expected, HmicWords.Number(n));

    [Theory]
    [InlineData(0, "no applications")]
    [InlineData(1, "one application")]
    [InlineData(18, "18 applications")]
    public void Count_AgreesWithTheNumber(int n, string expected) =>
        Assert.Equal(expected, HmicWords.Count(n, "application", "applications"));

    /// <summary>The edges HMIC's reports write: all, both, all but one, none, one of one, some.</summary>
    [Theory]
    [InlineData(0, 0, "")]
    [InlineData(1, 1, "which was continuing")]
    [InlineData(0, 1, "which was not continuing")]
    [InlineData(2, 2, "both of which were continuing")]
    [InlineData(57, 57, "all of which were continuing")]
    [InlineData(17, 18, "all but one of which were continuing")]
    [InlineData(1, 2, "one of which was continuing")]
    [InlineData(0, 4, "none of which were continuing")]
    [InlineData(3, 4, "three of which were continuing")]
    [InlineData(9, 10, "all but one of which were continuing")]
    [InlineData(3, 6, "three of which were continuing")]
    [InlineData(33, 35, "33 of which were continuing")]
    public void OfWhich_WritesThePartOfAWholeAsHmicDoes(int part, int whole, string expected) =>
        Assert.Equal(expected, HmicWords.OfWhich(part, whole, "was continuing", "were continuing", "was not continuing"));

    [Fact]
    public void Period_OfWholeMonths_IsDescribedByItsMonths_OtherwiseByItsDays()
    {
        Assert.Equal("September 2011 to May 2012", ReportPeriod.HmicRevisit.Describe());
        Assert.Equal("Between September 2011 and May 2012", ReportPeriod.HmicRevisit.Between());
        Assert.Equal("3 September 2011 to 31 May 2012", new ReportPeriod(new(2011, 9, 3), new(2012, 5, 31)).Describe());
        Assert.Equal("In May 2012", new ReportPeriod(new(2012, 5, 1), new(2012, 5, 31)).Between());
        Assert.Throws<ArgumentException>(() => new ReportPeriod(new(2012, 5, 31), new(2012, 5, 30)));
    }
}
