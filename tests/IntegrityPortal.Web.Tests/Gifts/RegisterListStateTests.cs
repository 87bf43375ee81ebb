using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>
/// Working through a filtered register: each declaration keeps the list's filter, sort and page on
/// the way back, and offers the next one in the same list, even after it is reviewed out of it.
/// </summary>
public class RegisterListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table tbody tr a.govuk-link").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/Gifts/Register/View/")).ToList();

    [Fact]
    public async Task FromAFilteredPage_BackKeepsTheState_AndNextFollowsTheListAfterAReview()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        const string list = "/Gifts/Register?Filter.Review=AwaitingReview&Sort=value-desc";
        var rows = RowLinks(await psd.GetPageAsync(list));
        Assert.True(rows.Count >= 3);
        Assert.Contains("Filter.Review=AwaitingReview", rows[0]);

        var first = await psd.GetPageAsync(rows[0]);
        var back = first.QuerySelector("#back-to-list")!.GetAttribute("href")!;
        Assert.StartsWith("/Gifts/Register?", back);
        Assert.Contains("Filter.Review=AwaitingReview", back);
        Assert.Contains("Sort=value-desc", back);
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));

        // Review it: it leaves the "awaiting review" list, and the next is still the second row.
        var form = first.QuerySelector("#review-form")!;
        var action = form.GetAttribute("action")!;
        Assert.Contains("Filter.Review=AwaitingReview", action);
        var reviewed = await psd.PostFormAsync(rows[0], new()
        {
            ["Review.Outcome"] = "Reviewed", ["Review.Note"] = "Within policy",
            ["Review.Version"] = form.QuerySelector("input[name='Review.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var location = reviewed.Headers.Location!.OriginalString;
        Assert.Contains("Filter.Review=AwaitingReview", location);
        var after = await psd.GetPageAsync(location);
        Assert.Equal(rows[1], after.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.DoesNotContain(rows[0], RowLinks(await psd.GetPageAsync(list)));
    }

    [Fact]
    public async Task ListState_NeverLeavesTheSite_AndABadStateIsDropped()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var id = RowLinks(await psd.GetPageAsync("/Gifts/Register"))[0].Split('/', '?')[4];

        var page = await psd.GetPageAsync($"/Gifts/Register/View/{id}?returnUrl=https://evil.example/&Sort=nonsense&Filter.MinValue=abc");

        Assert.Equal("/Gifts/Register", page.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }
}
