using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>An application opened from PSD's list keeps the list on the way back and offers the next one in it, also after it is assessed out of it.</summary>
public class PsdListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#applications tbody a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/BusinessInterests/Psd/Assess/")).ToList();

    [Fact]
    public async Task FromTheList_BackKeepsTheStageAndForce_AndNextFollowsTheListAfterAnAssessment()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var list = $"/BusinessInterests/Psd?Status=AwaitingAssessment&ForceId={cumbria}";
        var rows = RowLinks(await psd.GetPageAsync(list));
        Assert.True(rows.Count >= 2, $"{rows.Count} applications await assessment");
        Assert.Contains("Status=AwaitingAssessment", rows[0]);

        var first = await psd.GetPageAsync(rows[0]);
        Assert.Equal(list, first.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));

        var form = first.QuerySelector("#assess-form")!;
        var action = form.GetAttribute("action")!;
        Assert.Contains("Status=AwaitingAssessment", action);
        var done = await psd.PostFormAsync(rows[0], new()
        {
            ["Input.Rating"] = "Low",
            ["Input.Reasons"] = "Unrelated to police work",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(list, done.Headers.Location!.OriginalString);

        var after = await psd.GetPageAsync(rows[0]);
        Assert.Equal(rows[1], after.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.DoesNotContain(rows[0], RowLinks(await psd.GetPageAsync(list)));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = int.Parse(rows[0].Split('/', '?')[4]);
        Assert.Equal(InterestStatus.AwaitingDecision, (await check.BusinessInterests.SingleAsync(b => b.Id == id)).Status);
    }
}
