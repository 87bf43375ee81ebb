using System.Net;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>After a contact is flagged, the confirmation and the contact's page no longer offer the flag, and the server refuses a second one.</summary>
public class FlagOnceTests
{
    [Fact]
    public async Task AfterFlagging_ThePageOffersNoSecondFlag_AndASecondPostWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await LogAsync(db, "officer.cumbria", "Westmorland Gazette")).Id;
        }

        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var url = $"/Media/Office/View/{id}";
        Assert.NotNull((await press.GetPageAsync(url)).QuerySelector("#flag-form"));

        var flagged = await press.PostFormAsync(url, new() { ["Flag.Reason"] = "The story quoted an unbriefed detail" }, $"{url}?handler=Flag");
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        // The post leads to a confirmation panel, which holds no form to post again.
        var panel = await press.GetPageAsync(flagged.Headers.Location!.ToString());
        Assert.Equal("Suspected leak flagged", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Null(panel.QuerySelector("main form[method=post]"));

        var after = await press.GetPageAsync(url);
        Assert.Null(after.QuerySelector("#flag-form"));
        Assert.Contains("awaiting PSD", after.QuerySelector("#flags")!.TextContent, StringComparison.OrdinalIgnoreCase);

        await press.PostFormAsync(url, new() { ["Flag.Reason"] = "Second click" }, $"{url}?handler=Flag");
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await check.SuspectedLeaks.CountAsync(l => l.MediaContactId == id));
    }
}
