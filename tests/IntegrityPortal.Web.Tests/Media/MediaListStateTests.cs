using System.Net;
using IntegrityPortal.Testing;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>
/// The media contact log's queue: the press office filters the contacts that were not
/// authorised, and each contact opened from a filtered list keeps the list on the way back and
/// offers the next one in it, even after it is acknowledged out of it.
/// </summary>
public class MediaListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#contacts tbody a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/Media/Office/View/")).ToList();

    [Fact]
    public async Task NotAuthorisedFilter_ListsOnlyContactsLoggedAsNotAuthorised()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int notAuthorised, authorised;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            notAuthorised = (await LogAsync(db, "officer.cumbria")).Id;
            authorised = (await SuspectedLeakData.ContactAsync(db, "staff.cumbria", "Sam Reporter", "Cumbria Evening Post", DateTime.UtcNow.AddHours(-5))).Id;
        }

        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var all = await press.GetPageAsync("/Media/Office");
        Assert.Equal([notAuthorised.ToString(), authorised.ToString()], all.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-id")!));
        Assert.Contains("Not authorised", all.QuerySelector($"tr[data-id='{notAuthorised}']")!.TextContent);
        Assert.DoesNotContain("Not authorised", all.QuerySelector($"tr[data-id='{authorised}']")!.TextContent);

        var filtered = await press.GetPageAsync("/Media/Office?Filter.NotAuthorisedOnly=true");
        Assert.Equal([notAuthorised.ToString()], filtered.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-id")!));
        Assert.Equal("1 contact", filtered.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.NotNull(filtered.QuerySelector("input[name='Filter.NotAuthorisedOnly'][checked]"));
    }

    [Fact]
    public async Task FromAFilteredList_BackKeepsTheFilter_AndNextFollowsTheListAfterAnAcknowledgement()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            for (var i = 1; i <= 3; i++)
            {
                await LogAsync(db, "officer.cumbria", contactedUtc: DateTime.UtcNow.AddHours(-i));
            }

            // Authorised, so outside the filtered list, and between the others in time.
            await SuspectedLeakData.ContactAsync(db, "staff.cumbria", "Sam Reporter", "Cumbria Evening Post", DateTime.UtcNow.AddMinutes(-90));
        }

        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        const string list = "/Media/Office?Filter.Acknowledgement=Awaiting&Filter.NotAuthorisedOnly=true";
        var rows = RowLinks(await press.GetPageAsync(list));
        Assert.Equal(3, rows.Count);
        Assert.Contains("Filter.NotAuthorisedOnly=true", rows[0]);

        var first = await press.GetPageAsync(rows[0]);
        var back = first.QuerySelector("#back-to-list")!.GetAttribute("href")!;
        Assert.Equal(list, back);
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));

        // Acknowledge it: it leaves the "awaiting" list, and the next is still the second row.
        var form = first.QuerySelector("#acknowledge-form")!;
        var action = form.GetAttribute("action")!;
        Assert.Contains("Filter.Acknowledgement=Awaiting", action);
        var done = await press.PostFormAsync(rows[0], new()
        {
            ["Acknowledgement.Version"] = form.QuerySelector("input[name='Acknowledgement.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var location = done.Headers.Location!.OriginalString;
        Assert.Equal(rows[0], location);
        var after = await press.GetPageAsync(location);
        Assert.Contains("acknowledged", after.QuerySelector("#confirmation")!.TextContent);
        Assert.Equal(rows[1], after.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.DoesNotContain(rows[0], RowLinks(await press.GetPageAsync(list)));

        // The last row of the list offers no next.
        Assert.NotNull((await press.GetPageAsync(rows[2])).QuerySelector("#end-of-list"));
    }

    [Fact]
    public async Task ABadListState_IsDropped_AndTheContactStillOpens()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await LogAsync(db, "officer.cumbria")).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await psd.GetPageAsync($"/Media/Office/View/{id}?returnUrl=https://evil.example/&Filter.Acknowledgement=Nonsense&Filter.From=2026-13-45");

        Assert.Equal("/Media/Office", page.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }
}
