using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// An application opened from the line manager's queue, the decision maker's queue or the
/// appeals keeps the page of its queue on the way back and offers the next one in it.
/// </summary>
public class TeamAndDecisionListStateTests
{
    private static IReadOnlyList<string> RowLinks(AngleSharp.Html.Dom.IHtmlDocument page, string recordPath) =>
        page.QuerySelectorAll("#awaiting tbody th a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith(recordPath, StringComparison.Ordinal)).ToList();

    private static int IdOf(string href) => int.Parse(href.Split('/', '?')[4]);

    [Fact]
    public async Task FromTheTeamQueue_SecondPage_BackKeepsThePage_NextFollowsIt_AndAViewReturnsToIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // More than a page (50) of applications await the manager: the first through the
            // test helper, the rest as copies of its details (one organisation for all).
            var template = await InterestData.SubmittedAsync(db, "officer.cumbria");
            var applicant = await db.People.SingleAsync(p => p.Id == template.ApplicantId);
            var workflow = new BusinessInterestWorkflow(db);
            for (var i = 0; i < 51; i++)
            {
                var interest = await workflow.CreateDraftAsync(applicant, template.Details);
                await db.SaveChangesAsync();
                await workflow.SubmitAsync(interest, applicant.Id);
                await db.SaveChangesAsync();
            }
        }

        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        const string list = "/BusinessInterests/Team?pageNumber=2";
        var rows = RowLinks(await manager.GetPageAsync(list), "/BusinessInterests/Team/View/");
        Assert.True(rows.Count >= 2, $"{rows.Count} applications on page 2");
        Assert.All(rows, r => Assert.EndsWith("?pageNumber=2", r));

        var first = await manager.GetPageAsync(rows[0]);
        Assert.Equal(list, first.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        var last = await manager.GetPageAsync(rows[^1]);
        Assert.Null(last.QuerySelector("#next-in-list"));
        Assert.NotNull(last.QuerySelector("#end-of-list"));

        var form = first.QuerySelector("#view-form")!;
        var action = form.GetAttribute("action")!;
        Assert.EndsWith("?pageNumber=2", action);
        var done = await manager.PostFormAsync(rows[0], new()
        {
            ["Input.View"] = "support",
            ["Input.Comments"] = "Good attendance",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        }, action);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(list, done.Headers.Location!.OriginalString);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var id = IdOf(rows[0]);
        Assert.Equal(InterestStatus.AwaitingAssessment, (await check.BusinessInterests.SingleAsync(b => b.Id == id)).Status);

        // No longer awaiting the manager, it still has its place: the next is the one after it.
        Assert.Equal(rows[1], (await manager.GetPageAsync(rows[0])).QuerySelector("#next-in-list")!.GetAttribute("href"));

        // A page edited by hand is dropped: back to the queue's first page, no error.
        var crafted = await manager.GetAsync($"/BusinessInterests/Team/View/{IdOf(rows[1])}?pageNumber=x");
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Equal("/BusinessInterests/Team", (await PortalClient.ParseAsync(crafted)).QuerySelector("#back-to-list")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FromTheDecisions_NextFollowsTheQueue_TheConfirmationOffersTheNextAndTheWayBack_AndABadPageIsDropped()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        const string list = "/BusinessInterests/Decisions";
        var rows = RowLinks(await head.GetPageAsync(list), "/BusinessInterests/Decisions/Decide/");
        Assert.True(rows.Count >= 2, $"{rows.Count} applications await a decision");

        var first = await head.GetPageAsync(rows[0]);
        Assert.Equal(list, first.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.Null((await head.GetPageAsync(rows[^1])).QuerySelector("#next-in-list"));

        // "Continue" shows the decision to check; "Record the decision" records it, and its
        // confirmation offers the next application of the queue and the way back to it.
        var form = first.QuerySelector("#decide-form")!;
        var fields = new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Approved",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        };
        var check = await PortalClient.ParseAsync(await head.PostFormAsync(rows[0], fields, form.GetAttribute("action")!));
        var done = await head.PostFormAsync(rows[0], fields, check.QuerySelector("#record-form")!.GetAttribute("action")!);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var panel = await head.GetPageAsync(done.Headers.Location!.OriginalString);
        Assert.Equal(list, panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], panel.QuerySelector("#next-in-list")!.GetAttribute("href"));
        Assert.DoesNotContain(rows[0], RowLinks(await head.GetPageAsync(list), "/BusinessInterests/Decisions/Decide/"));

        var crafted = await head.GetAsync($"{rows[1]}?pageNumber=99999999999");
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.Equal(list, (await PortalClient.ParseAsync(crafted)).QuerySelector("#back-to-list")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FromTheAppeals_BackAndNextFollowTheQueue_TheLastHasNoNext_AndTheConfirmationOffersTheNext()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // A second appeal, lodged today, so it follows the seeded one.
            var thamesValley = await factory.ForceIdAsync("thames-valley");
            var decided = await db.BusinessInterests.Where(b => b.ForceId == thamesValley && b.Status == InterestStatus.AwaitingDecision).OrderBy(b => b.Id).FirstAsync();
            decided.Status = InterestStatus.AppealLodged;
            decided.AppealLodgedOn = db.Clock.Today();
            await db.SaveChangesAsync();
        }

        const string list = "/BusinessInterests/Decisions/Appeals";
        var rows = RowLinks(await dcc.GetPageAsync(list), "/BusinessInterests/Decisions/Appeal/");
        Assert.True(rows.Count >= 2, $"{rows.Count} appeals");

        var first = await dcc.GetPageAsync(rows[0]);
        var back = first.QuerySelector("#back-to-list")!;
        Assert.Equal(list, back.GetAttribute("href"));
        Assert.Equal("Back to appeals", back.TextContent.Trim());
        Assert.Equal(rows[1], first.QuerySelector("#next-in-list")!.GetAttribute("href"));
        var last = await dcc.GetPageAsync(rows[^1]);
        Assert.Null(last.QuerySelector("#next-in-list"));
        Assert.NotNull(last.QuerySelector("#end-of-list"));
        Assert.Contains("Appeal/", last.QuerySelector("#appeal-form")!.GetAttribute("action"));

        // The appeal decision is checked, then recorded; its confirmation offers the next appeal and the way back.
        var form = first.QuerySelector("#appeal-form")!;
        var fields = new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Dismissed",
            ["Input.Reasons"] = "The original reasons stand",
            ["Input.Version"] = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!,
        };
        var check = await PortalClient.ParseAsync(await dcc.PostFormAsync(rows[0], fields, form.GetAttribute("action")!));
        var done = await dcc.PostFormAsync(rows[0], fields, check.QuerySelector("#record-form")!.GetAttribute("action")!);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var panel = await dcc.GetPageAsync(done.Headers.Location!.OriginalString);
        Assert.Equal(list, panel.QuerySelector("#back-to-list")!.GetAttribute("href"));
        Assert.Equal(rows[1], panel.QuerySelector("#next-in-list")!.GetAttribute("href"));
    }
}
