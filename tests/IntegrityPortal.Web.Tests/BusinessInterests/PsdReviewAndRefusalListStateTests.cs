using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// An interest opened from PSD's list of reviews due, or an application opened from the refusals
/// for the integrity board, keeps its list on the way back and offers the next one in it.
/// </summary>
public class PsdReviewAndRefusalListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page, string table, string recordPath) =>
        page.QuerySelectorAll($"#{table} tbody th a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(recordPath, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task FromTheReviewsDue_BackKeepsTheForce_NextFollowsTheList_AndAReviewReturnsToIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var list = $"/BusinessInterests/Psd/Reviews?ForceId={thamesValley}";
        var rows = RowLinks(await psd.GetPageAsync(list), "reviews", "/BusinessInterests/Psd/Review/");
        Assert.True(rows.Count >= 3, $"{rows.Count} reviews due");
        Assert.All(rows, r => Assert.Contains($"ForceId={thamesValley}", r));

        var second = await psd.GetPageAsync(rows[1]);
        Assert.Equal(list, second.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[2], second.QuerySelector("#next-in-list")!.GetAttribute("href"));

        var form = second.QuerySelector("#review-form")!;
        var action = form.GetAttribute("action")!;
        Assert.Contains($"ForceId={thamesValley}", action);
        var done = await psd.PostFormAsync(rows[1], new()
        {
            ["Input.Outcome"] = "Continue",
            ["Input.Notes"] = "Still suitable",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(list, done.Headers.Location!.OriginalString);

        var after = RowLinks(await psd.GetPageAsync(list), "reviews", "/BusinessInterests/Psd/Review/");
        Assert.DoesNotContain(rows[1], after);
        Assert.Equal(rows[2], (await psd.GetPageAsync(rows[0])).QuerySelector("#next-in-list")!.GetAttribute("href"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = int.Parse(rows[1].Split('/', '?')[4]);
        Assert.NotNull((await check.BusinessInterests.SingleAsync(b => b.Id == id)).LastReviewedOn);
    }

    [Fact]
    public async Task FromTheReviewsDue_TheLastOfTheList_HasNoNext_AndAStateOfAForceNotServedIsDropped()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var list = $"/BusinessInterests/Psd/Reviews?OverdueOnly=true&ForceId={thamesValley}";
        var page = await psd.GetPageAsync(list);
        var rows = RowLinks(page, "reviews", "/BusinessInterests/Psd/Review/");
        Assert.NotEmpty(rows);
        Assert.Null(page.QuerySelector(".govuk-pagination__next"));

        var last = await psd.GetPageAsync(rows[^1]);
        Assert.Null(last.QuerySelector("#next-in-list"));
        Assert.NotNull(last.QuerySelector("#end-of-list"));
        Assert.Equal(list, last.QuerySelector("#back-to-list")!.GetAttribute("href"));

        var id = rows[0].Split('/', '?')[4];
        var crafted = await psd.GetPageAsync($"/BusinessInterests/Psd/Review/{id}?ForceId={cumbria}&pageNumber=x");
        Assert.Equal("/BusinessInterests/Psd/Reviews", crafted.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FromTheRefusals_BackKeepsThePeriodAndForce_AndNextFollowsTheList()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        var list = $"/BusinessInterests/Psd/Refusals?From=2000-01-01&To=2026-11-30&ForceId={thamesValley}";
        var rows = RowLinks(await psd.GetPageAsync(list), "refusals", "/BusinessInterests/Psd/Assess/");
        Assert.True(rows.Count >= 2, $"{rows.Count} refusals");
        Assert.All(rows, r => Assert.Contains("From=2000-01-01&To=2026-11-30", r));

        var first = await psd.GetPageAsync(rows[0]);
        var back = first.QuerySelector("#back-to-list")!;
        Assert.Equal(list, back.GetAttribute("href"));
        Assert.Equal("Back to refusals", back.TextContent.Trim());
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));

        var last = await psd.GetPageAsync(rows[^1]);
        Assert.Null(last.QuerySelector("#next-in-list"));

        // A period that is not one (last day before the first) is dropped: back to the applications.
        var id = rows[0].Split('/', '?')[4];
        var crafted = await psd.GetPageAsync($"/BusinessInterests/Psd/Assess/{id}?From=2026-11-30&To=2000-01-01");
        Assert.Equal("/BusinessInterests/Psd", crafted.QuerySelector("#back-to-list")!.GetAttribute("href"));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var ids = rows.Select(r => int.Parse(r.Split('/', '?')[4])).ToList();
        var decided = await check.BusinessInterests.Where(b => ids.Contains(b.Id)).Select(b => new { b.Id, b.DecidedOn, b.DecisionOutcome }).ToListAsync();
        Assert.All(decided, d => Assert.Equal(DecisionOutcome.Refused, d.DecisionOutcome));
        Assert.Equal(ids, decided.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).Select(d => d.Id));
    }
}
