using System.Net;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>
/// A declaration opened from the line manager's page keeps its sort and page on the way back, and
/// an acceptance awaiting the manager offers the next one awaiting them.
/// </summary>
public class TeamListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody th a").Select(a => a.GetAttribute("href")!).ToList();

    private static int IdOf(string href) => int.Parse(href.Split('/', '?')[4]);

    [Fact]
    public async Task FromTheTeamPage_BackKeepsTheSort_NextFollowsTheAwaitingQueue_AndTheConfirmationOffersTheNextAndTheWayBack()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var declined = await GiftForms.DeclareAsync(officer);
        for (var i = 0; i < 3; i++)
        {
            await GiftForms.DeclareAsync(officer, "Outcome=Accepted", "Disposal=KeptPersonally", $"Value={120 + i}");
        }

        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        const string list = "/Gifts/Team?Sort=value-asc";
        var page = await manager.GetPageAsync(list);
        var awaiting = RowLinks(page, "awaiting");
        var team = RowLinks(page, "team");
        Assert.Equal(3, awaiting.Count);
        Assert.Equal(4, team.Count);
        Assert.All(awaiting.Concat(team), r => Assert.EndsWith("?Sort=value-asc", r));

        var first = await manager.GetPageAsync(awaiting[0]);
        Assert.Equal(list, first.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(awaiting[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        var last = await manager.GetPageAsync(awaiting[^1]);
        Assert.Null(last.QuerySelector("#next-in-list"));
        Assert.NotNull(last.QuerySelector("#end-of-list"));

        // A declined offer is in the team's list but not the queue: back to the list, no next.
        var declinedPage = await manager.GetPageAsync(team.Single(r => IdOf(r) == declined));
        Assert.Equal(list, declinedPage.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Null(declinedPage.QuerySelector("#next-in-list"));

        // "Continue" shows the decision to check; "Record my decision" records it, and its
        // confirmation offers the next acceptance of the queue and the way back, the sort kept.
        var form = first.QuerySelector("#decide-form")!;
        var action = form.GetAttribute("action")!;
        Assert.Contains("Sort=value-asc", action);
        var fields = new Dictionary<string, string>
        {
            ["Input.Decision"] = "approve",
            ["Input.Note"] = "Fine for a partnership dinner",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        };
        var checkPage = await PortalClient.ParseAsync(await manager.PostFormAsync(awaiting[0], fields, action));
        var done = await manager.PostFormAsync(awaiting[0], fields, checkPage.QuerySelector("#record-form")!.GetAttribute("action")!);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/Gifts/Team/Decided/{IdOf(awaiting[0])}?Sort=value-asc", done.Headers.Location!.OriginalString);
        var panel = await manager.GetPageAsync(done.Headers.Location!.OriginalString);
        Assert.Equal(list, panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(awaiting[1], panel.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.DoesNotContain(awaiting[0], RowLinks(await manager.GetPageAsync(list), "awaiting"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = IdOf(awaiting[0]);
        Assert.Equal(ApprovalStatus.AwaitingPsd, (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Fact]
    public async Task ASortOrPageEditedByHand_IsDropped_WithoutAnError()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await GiftForms.DeclareAsync(officer, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=120");
        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");

        foreach (var state in new[] { "Sort=price-desc", "Sort=value-asc&pageNumber=x" })
        {
            var response = await manager.GetAsync($"/Gifts/Team/Decide/{id}?{state}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/Gifts/Team", (await PortalClient.ParseAsync(response)).QuerySelector("#back-to-list")!.GetAttribute("href"));
        }

        // The default sort is the list's own: it is left out of the address.
        var plain = await manager.GetPageAsync($"/Gifts/Team/Decide/{id}?Sort=date-desc");
        Assert.Equal("/Gifts/Team", plain.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }
}
