using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Accessibility;

/// <summary>
/// A list with filters offers "Skip to results" among the skip links, leading to where its
/// results start; a page without a filtered list does not. (The browser crawl presses Tab and
/// Enter on it on every page that has it.)
/// </summary>
public class SkipToResultsTests
{
    [Theory]
    [InlineData("psd.cumbria", "/Gifts/Register", "result-count")]
    [InlineData("psd.cumbria", "/Audit", "result-count")]
    [InlineData("admin.cumbria", "/Admin/People", "people-count")]
    [InlineData("press-office.cumbria", "/Media/Office/Flags", "flags-count")]
    public async Task FilteredList_SkipLinkLeadsToItsResults(string userName, string url, string target)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, userName);

        var page = await client.GetPageAsync(url);

        var skipLinks = page.QuerySelectorAll("a.govuk-skip-link").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Skip to main content", "#main-content"), ("Skip to results", $"#{target}")], skipLinks);
        Assert.NotNull(page.GetElementById(target));
    }

    [Fact]
    public async Task PageWithoutAFilteredList_OffersOnlyTheSkipToMainContent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var page = await client.GetPageAsync("/");

        Assert.Equal(["Skip to main content"], page.QuerySelectorAll("a.govuk-skip-link").Select(a => a.TextContent.Trim()));
    }
}
