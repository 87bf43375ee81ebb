using System.Net;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

/// <summary>A case opened from a filtered list keeps the list on the way back and offers the next case in it, even after a step takes it out of the list.</summary>
public class CaseListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table tbody a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/Investigations/View/")).ToList();

    [Fact]
    public async Task FromAFilteredList_BackKeepsTheFilter_AndNextFollowsTheListAfterAStep()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            for (var i = 1; i <= 3; i++)
            {
                await CaseData.OpenAsync(db, "cumbria", InvestigationCategory.SocialMediaConduct, daysAgo: i, summary: $"Post on a public page {i}");
            }
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var list = $"/Investigations?Filter.Category=SocialMediaConduct&Filter.Status=Open";
        var rows = RowLinks(await psd.GetPageAsync(list));
        Assert.True(rows.Count >= 3);
        Assert.Contains("Filter.Status=Open", rows[0]);

        var first = await psd.GetPageAsync(rows[0]);
        Assert.Equal(list, first.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));

        // Marked continuing on its own page, it leaves the "open" list; the step's page keeps the
        // list, and so does the case after it: the next is still the second row.
        var stepHref = first.QuerySelector("#mark-continuing")!.GetAttribute("href")!;
        Assert.Contains("Filter.Status=Open", stepHref);
        var step = await psd.GetPageAsync(stepHref);
        Assert.Equal(rows[0], step.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        var form = step.QuerySelector("#continuing-form")!;
        var action = form.GetAttribute("action")!;
        Assert.Contains("Filter.Status=Open", action);
        var done = await psd.PostFormAsync(stepHref, new()
        {
            ["Continuing.Version"] = form.QuerySelector("input[name='Continuing.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(rows[0], done.Headers.Location!.OriginalString);
        var after = await psd.GetPageAsync(rows[0]);
        Assert.Equal(rows[1], after.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.DoesNotContain(rows[0], RowLinks(await psd.GetPageAsync(list)));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = int.Parse(rows[0].Split('/', '?')[3]);
        Assert.Equal(InvestigationStatus.Continuing, (await check.Investigations.SingleAsync(i => i.Id == id)).Status);
        Assert.Equal(cumbria, (await check.Investigations.SingleAsync(i => i.Id == id)).ForceId);
    }

    [Fact]
    public async Task AForceTheUserDoesNotServe_InTheState_IsDropped()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var row = RowLinks(await psd.GetPageAsync("/Investigations"))[0];
        var id = row.Split('/', '?')[3];

        var page = await psd.GetPageAsync($"/Investigations/View/{id}?Filter.ForceId={thamesValley}&Filter.Status=Nonsense");

        Assert.Equal("/Investigations", page.QuerySelector("#back-to-list")!.GetAttribute("href"));
    }
}
