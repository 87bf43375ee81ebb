using System.Text.RegularExpressions;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>
/// The progress report of each force HMIC inspected, September 2011 to May 2012, states every
/// figure of the table in docs/domain.md, read from the page as a reader sees it.
/// </summary>
public class ProgressReportFiguresTests
{
    public const string HmicPeriod = "from=2011-09-01&to=2012-05-31";

    [Theory]
    [InlineData("dyfed-powys", "57 applications for second jobs, all of which have been approved", 57, 57,
        "the force instigated 31 investigations", 31,
        "four instances of inappropriate disclosures to the media, three of which were continuing at the end of the period", 4,
        "Two cases of potentially inappropriate behaviour on social media, such as Facebook or Twitter, were referred back", 2,
        "There has been no change in the number of staff working in the anti-corruption unit")]
    [InlineData("cumbria", "18 applications for second jobs, all but one of which have been approved", 18, 17,
        "the force instigated 17 investigations", 17,
        "one instance of inappropriate disclosure to the media", 1,
        "Four cases of potentially inappropriate behaviour on social media, such as Facebook or Twitter, were referred back", 4,
        "There has been no change in the number of staff working in the anti-corruption unit")]
    [InlineData("avon-and-somerset", "63 applications for second jobs, all but one of which have been approved", 63, 62,
        "the force instigated 61 investigations", 61,
        "six instances of inappropriate disclosures to the media", 6,
        "Two cases of potentially inappropriate behaviour on social media, such as Facebook or Twitter, were referred back", 2,
        "There has been no change in the number of staff working in the anti-corruption unit")]
    [InlineData("thames-valley", "129 applications for second jobs, all but one of which have been approved", 129, 128,
        "the force instigated 59 investigations", 59,
        "three instances of inappropriate disclosures to the media, one of which was continuing at the end of the period", 3,
        "Seven cases of potentially inappropriate behaviour on social media, such as Facebook or Twitter, were referred back", 7,
        "There has been a reduction in the number of staff working in the anti-corruption unit")]
    [InlineData("warwickshire", "35 applications for second jobs, 33 of which have been approved", 35, 33,
        "the force instigated 42 investigations", 42,
        "two instances of inappropriate disclosures to the media", 2,
        "One case of potentially inappropriate behaviour on social media, such as Facebook or Twitter, was referred back", 1,
        "There has been no change in the number of staff working in the anti-corruption unit")]
    public async Task EachForcesReport_ForHmicsPeriod_StatesEveryFigureOfItsSourceReport(string force,
        string secondJobs, int received, int approved, string instigatedText, int instigated, string mediaText, int media,
        string socialText, int social, string staffing)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var pcc = await PortalClient.SignInAsync(factory, $"pcc.{force}");

        var page = await pcc.GetPageAsync($"/Reports/{force}/Progress?{HmicPeriod}");
        var text = Regex.Replace(page.QuerySelector("main")!.TextContent, @"\s+", " ");

        Assert.Equal("September 2011 to May 2012", page.QuerySelector("#period")!.TextContent.Trim());
        Assert.Contains($"Between September 2011 and May 2012 there have been {secondJobs}.", text);
        Assert.Contains($"Between September 2011 and May 2012, {instigatedText} into the conduct of its officers and staff", text);
        Assert.Contains($"Between September 2011 and May 2012, the force investigated {mediaText}", text);
        Assert.Contains(socialText, text);
        Assert.Contains($"{staffing} since 1 September 2011.", text);
        Assert.Equal(received.ToString("N0"), Figure(page, "second-jobs.received"));
        Assert.Equal(approved.ToString("N0"), Figure(page, "second-jobs.approved"));
        Assert.Equal(instigated.ToString(), Figure(page, "integrity-investigations.instigated"));
        Assert.Equal(media.ToString(), Figure(page, "media-investigations.media-disclosure"));
        Assert.Equal(social.ToString(), Figure(page, "media-investigations.social-media-referred"));
    }

    [Fact]
    public async Task ARegisterWithNothingInThePeriod_SaysSoPlainly_InsteadOfZero()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        var page = await pcc.GetPageAsync($"/Reports/cumbria/Progress?{HmicPeriod}");

        Assert.Equal("No data for the period: the portal holds no declarations of gifts and hospitality for September 2011 to May 2012.",
            page.QuerySelector("#gifts [data-paragraph]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#gifts table"));
        Assert.StartsWith("No data for the period", page.QuerySelector("#media-contacts [data-paragraph]")!.TextContent.Trim());
    }

    internal static string? Figure(AngleSharp.Dom.IDocument page, string key) =>
        page.QuerySelector($"tr[data-key='{key}'] td")?.TextContent.Trim();
}
