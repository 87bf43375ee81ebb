using IntegrityPortal.Core.Reporting;

namespace IntegrityPortal.Core.Tests.Reporting;

/// <summary>Why a force stands out in the national comparison, from its figures, its rates and the medians.</summary>
public class StandsOutTests
{
    private static readonly IReadOnlyDictionary<string, decimal?> NoRates = new Dictionary<string, decimal?>();

    private static IReadOnlyList<string> Reasons(Dictionary<string, decimal> figures, IReadOnlyDictionary<string, decimal?>? rates = null, IReadOnlyDictionary<string, decimal?>? medians = null) =>
        NationalComparison.StandsOut(key => figures.GetValueOrDefault(key), rates ?? NoRates, medians ?? NoRates);

    [Fact]
    public void AForceThatRecordedNoOffer_IsSaidToHaveRecordedNone_NotToHaveDeclinedNone()
    {
        var reasons = Reasons([]);

        Assert.Equal(["No offers of gifts or hospitality recorded"], reasons);
    }

    [Fact]
    public void OffersButNoneDeclined_AndApplicationsButNoneRefused_AreEachAReason()
    {
        var reasons = Reasons(new() { ["gifts.declared"] = 12, ["gifts.declined"] = 0, ["second-jobs.received"] = 57, ["second-jobs.refused"] = 0 });

        Assert.Equal(["No declined offers of gifts or hospitality recorded", "No applications for second jobs refused"], reasons);
    }

    [Fact]
    public void DeclinedOffersAndRefusals_AndNoApplications_AreNoReason()
    {
        Assert.Empty(Reasons(new() { ["gifts.declared"] = 12, ["gifts.declined"] = 3, ["second-jobs.received"] = 5, ["second-jobs.refused"] = 1 }));
        Assert.Empty(Reasons(new() { ["gifts.declared"] = 12, ["gifts.declined"] = 3 }));
    }

    [Theory]
    [InlineData(4.9, 10, "Unusually low rate of gifts and hospitality declared: 4.9 per 1,000 against a median of 10")]
    [InlineData(20.1, 10, "Unusually high rate of gifts and hospitality declared: 20.1 per 1,000 against a median of 10")]
    [InlineData(5, 10, null)]
    [InlineData(20, 10, null)]
    [InlineData(3, 0, null)]
    public void ARateBelowHalfOrAboveTwiceTheMedian_IsMarked_WithTheFiguresSaid(double rate, double median, string? expected)
    {
        var figures = new Dictionary<string, decimal> { ["gifts.declared"] = 1, ["gifts.declined"] = 1 };
        var reasons = Reasons(figures,
            new Dictionary<string, decimal?> { ["gifts.declared"] = (decimal)rate },
            new Dictionary<string, decimal?> { ["gifts.declared"] = (decimal)median });

        Assert.Equal(expected is null ? [] : [expected], reasons);
    }

    [Fact]
    public void NoMedian_TooFewForcesToCompare_MarksNoRate()
    {
        var figures = new Dictionary<string, decimal> { ["gifts.declared"] = 1, ["gifts.declined"] = 1 };

        Assert.Empty(Reasons(figures, new Dictionary<string, decimal?> { ["gifts.declared"] = 100m }, new Dictionary<string, decimal?> { ["gifts.declared"] = null }));
    }
}
