using System.Net;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

/// <summary>A match opened from PSD's filtered queue keeps the queue on the way back and offers the next match in it, in the force the user serves.</summary>
public class MatchListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#matches tbody a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/Procurement/Matches/View/", StringComparison.Ordinal)).ToList();

    private static int IdOf(string href) => int.Parse(href.Split('/', '?')[4]);

    [Fact]
    public async Task FromAFilteredQueue_BackKeepsTheFilter_NextFollowsIt_AndAnOutcomeReturnsToIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        MatchKind kind;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // The kind with the most new matches in Cumbria, so the filtered queue has several.
            kind = await db.ProcurementMatches.Where(m => m.ForceId == cumbria && m.Status == MatchStatus.New)
                .GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var list = $"/Procurement/Matches?Kind={kind}";
        var page = await psd.GetPageAsync(list);
        var rows = RowLinks(page);
        Assert.True(rows.Count >= 2, $"{rows.Count} new matches of kind {kind}");
        Assert.All(rows, r => Assert.EndsWith($"?Kind={kind}", r));

        var first = await psd.GetPageAsync(rows[0]);
        Assert.Equal(list, first.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        if (page.QuerySelector(".govuk-pagination__next") is null)
        {
            var last = await psd.GetPageAsync(rows[^1]);
            Assert.Null(last.QuerySelector("#next-in-list"));
            Assert.NotNull(last.QuerySelector("#end-of-list"));
        }

        var form = first.QuerySelector("#outcome-form")!;
        var action = form.GetAttribute("action")!;
        Assert.EndsWith($"?Kind={kind}", action);
        var done = await psd.PostFormAsync(rows[0], new()
        {
            ["Input.Outcome"] = nameof(MatchStatus.NoConcern),
            ["Input.Note"] = "Declared and approved in the register",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(list, done.Headers.Location!.OriginalString);

        // Settled, it has left the queue of new matches, and the next is still the one after it.
        Assert.DoesNotContain(rows[0], RowLinks(await psd.GetPageAsync(list)));
        Assert.Equal(rows[1], (await psd.GetPageAsync(rows[0])).QuerySelector("#next-in-list")!.GetAttribute("href"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var settledId = IdOf(rows[0]);
        var nextId = IdOf(rows[1]);
        Assert.Equal(MatchStatus.NoConcern, (await check.ProcurementMatches.SingleAsync(m => m.Id == settledId)).Status);
        Assert.Equal(cumbria, (await check.ProcurementMatches.SingleAsync(m => m.Id == nextId)).ForceId);
    }

    [Fact]
    public async Task AllMatches_NextStaysInTheUsersForce_AndAStateEditedByHandIsDropped()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        const string list = "/Procurement/Matches?Show=All";
        var rows = RowLinks(await psd.GetPageAsync(list));
        Assert.True(rows.Count >= 2, $"{rows.Count} matches");
        Assert.All(rows, r => Assert.EndsWith("?Show=All", r));

        // Walk the first page by "next": each step is the next row, and every match is Cumbria's.
        var href = rows[0];
        foreach (var expected in rows.Skip(1))
        {
            var next = (await psd.GetPageAsync(href)).QuerySelector("#next-in-list")!.GetAttribute("href");
            Assert.Equal(expected, next);
            href = next!;
        }

        await using (var check = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var ids = rows.Select(IdOf).ToList();
            Assert.All(await check.ProcurementMatches.Where(m => ids.Contains(m.Id)).Select(m => m.ForceId).ToListAsync(), f => Assert.Equal(cumbria, f));
        }

        var crafted = await psd.GetAsync($"/Procurement/Matches/View/{IdOf(rows[0])}?Show=Everything&Kind=7&pageNumber=x");
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Equal("/Procurement/Matches", (await PortalClient.ParseAsync(crafted)).QuerySelector("#back-to-list")!.GetAttribute("href"));
    }
}
