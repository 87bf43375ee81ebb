using IntegrityPortal.Core.Investigations;

namespace IntegrityPortal.Core.Tests.Investigations;

/// <summary>The figures page's sentences read as HMIC writes: numbers in words up to nine, one thing in the singular, every figure named.</summary>
public class InvestigationSentencesTests
{
    private static InvestigationFigures Figures(int media, int continuing, int social) => new(
        1, new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31),
        [new CategoryFigures(InvestigationCategory.InappropriateDisclosureToMedia, media, continuing, 0)],
        social,
        new StaffingChange(new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31), null, null));

    [Theory]
    [InlineData(3, 1, "Three of them concerned inappropriate disclosure to the media, one of which was continuing at the end of the period.")]
    [InlineData(1, 1, "One of them concerned inappropriate disclosure to the media, which was continuing at the end of the period.")]
    [InlineData(2, 0, "Two of them concerned inappropriate disclosure to the media, none of which were continuing at the end of the period.")]
    [InlineData(0, 0, "None of them concerned inappropriate disclosure to the media.")]
    public void Media_UsesHmicNumberWords(int media, int continuing, string expected) =>
        Assert.Equal(expected, InvestigationSentences.Media(Figures(media, continuing, 0)));

    [Fact]
    public void SocialMedia_OneCase_IsSingular() =>
        Assert.Equal("One social media case was referred to the force by external research.", InvestigationSentences.SocialMedia(Figures(0, 0, 1)));

    [Fact]
    public void Staffing_NamesBothFiguresAtBothDates()
    {
        var change = new StaffingChange(new DateOnly(2020, 6, 1), new DateOnly(2021, 6, 1),
            new StaffingAt(new DateOnly(2020, 1, 1), 5, 5m), new StaffingAt(new DateOnly(2021, 1, 1), 5, 5m));

        Assert.Equal("Anti-corruption unit staffing since 1 June 2020: no change (five posts, 5 full-time equivalent, to five posts, 5 full-time equivalent).",
            InvestigationSentences.Staffing(change, "1 June 2020"));
    }
}
