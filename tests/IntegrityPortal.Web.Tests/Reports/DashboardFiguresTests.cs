using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Reports.DashboardWorld;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>Every figure of the dashboard on the hand-made data set of <see cref="DashboardWorld"/>, read from the page.</summary>
public class DashboardFiguresTests
{
    [Fact]
    public async Task Dashboard_ShowsEveryFigureOfTheHandMadeDataSet()
    {
        await using var factory = await CreateAsync();
        await PlantAsync(factory);
        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");

        var page = await pcc.GetPageAsync("/Reports/cumbria/Dashboard");

        // Nine quarters, oldest first, this one last.
        var quarters = page.QuerySelectorAll("#gifts-declarations-table tbody tr").Select(r => r.GetAttribute("data-quarter")).ToList();
        Assert.Equal(["2028-4", "2029-1", "2029-2", "2029-3", "2029-4", "2030-1", "2030-2", "2030-3", "2030-4"], quarters);
        Assert.Equal("Oct to Dec 2030 (this quarter)", page.QuerySelector("#gifts-declarations-table tr[data-quarter='2030-4'] th")!.TextContent.Trim());

        // Gifts: made, accepted, declined, late; median days to declare; backlog at the quarter's end (today in this one).
        Assert.Equal(["3", "1", "2", "1"], Row(page, "gifts-declarations", "2030-4"));
        Assert.Equal(["2", "1", "1", "0"], Row(page, "gifts-declarations", "2030-3"));
        Assert.Equal(["0", "0", "0", "0"], Row(page, "gifts-declarations", "2030-2"));
        Assert.Equal("Declarations made: up from 2 to 3 on the previous quarter.", page.QuerySelector("#gifts-declarations-reading")!.TextContent.Trim());
        Assert.Equal(["4"], Row(page, "gifts-days", "2030-4"));
        Assert.Equal(["9.5"], Row(page, "gifts-days", "2030-3"));
        Assert.Equal(["no declarations"], Row(page, "gifts-days", "2030-2"));
        Assert.Equal("Median days to declare: down from 9.5 to 4 on the previous quarter.", page.QuerySelector("#gifts-days-reading")!.TextContent.Trim());
        Assert.Equal(["2", "1", "36"], Row(page, "gifts-backlog", "2030-4"));
        Assert.Equal(["1", "0", "10"], Row(page, "gifts-backlog", "2030-3"));
        Assert.Equal(["0", "0", "none waiting"], Row(page, "gifts-backlog", "2030-2"));
        Assert.Equal(["Local Policing | fewer than 5", "Professional Standards Department | fewer than 5", "All | 3"], Rows(page, "gifts-by-department"));

        // Business interests: submitted, decisions, approved, refused; median days; appeals; overdue reviews today; by rank.
        Assert.Equal(["3", "2", "1", "1"], Row(page, "interests-decisions", "2030-4"));
        Assert.Equal(["2", "2", "1", "1"], Row(page, "interests-decisions", "2030-3"));
        Assert.Equal(["13"], Row(page, "interests-days", "2030-4"));
        Assert.Equal(["25"], Row(page, "interests-days", "2030-3"));
        Assert.Equal(["no decisions"], Row(page, "interests-days", "2030-2"));
        Assert.Equal(["0", "1", "1"], Row(page, "interests-appeals", "2030-4"));
        Assert.Equal(["1", "0", "0"], Row(page, "interests-appeals", "2030-3"));
        Assert.Equal("1", page.QuerySelector("#interests-reviews-overdue")!.TextContent.Trim());
        Assert.Equal(["Constable | fewer than 5", "Sergeant | fewer than 5", "Police staff | fewer than 5", "All | 3"], Rows(page, "interests-by-rank"));
        Assert.Equal("Applications submitted: up from 2 to 3 on the previous quarter.", page.QuerySelector("#interests-decisions-reading")!.TextContent.Trim());

        // Media: contacts and those acknowledged by the quarter's end (00:30 on 1 October in summer time is this quarter).
        Assert.Equal(["3", "1"], Row(page, "media-contacts", "2030-4"));
        Assert.Equal(["2", "1"], Row(page, "media-contacts", "2030-3"));
        Assert.Equal(["2", "0", "1", "1"], Row(page, "media-leaks", "2030-4"));
        Assert.Equal(["1", "1", "0", "0"], Row(page, "media-leaks", "2030-3"));
        Assert.Equal("Contacts logged: up from 2 to 3 on the previous quarter.", page.QuerySelector("#media-contacts-reading")!.TextContent.Trim());

        // Investigations: opened, closed, continuing at the end; the case reopened this quarter stays closed in the last.
        Assert.Equal(["2", "1", "4"], Row(page, "investigations-cases", "2030-4"));
        Assert.Equal(["2", "1", "2"], Row(page, "investigations-cases", "2030-3"));
        Assert.Equal(["0", "0", "1"], Row(page, "investigations-cases", "2030-2"));
        Assert.Equal(["1", "0", "1"], Row(page, "investigations-cases", "2028-4"));
        Assert.Equal("Cases opened: unchanged at 2 on the previous quarter.", page.QuerySelector("#investigations-cases-reading")!.TextContent.Trim());
        Assert.Equal("Inappropriate disclosure to the media | 1 | 1", Rows(page, "investigations-by-category")[0]);
        Assert.Equal("Business interests | 1 | 0", Rows(page, "investigations-by-category")[3]);
        Assert.Equal(["Less than 3 months | 2", "3 to 6 months | 1", "6 to 12 months | 0", "More than 12 months | 1", "All open cases | 4"],
            Rows(page, "investigations-ageing"));

        // Staffing at each quarter's end.
        Assert.Equal(["4.5", "5"], Row(page, "acu-staffing", "2030-4"));
        Assert.Equal(["4.5", "5"], Row(page, "acu-staffing", "2030-3"));
        Assert.Equal(["5.5", "6"], Row(page, "acu-staffing", "2030-2"));
        Assert.Equal(["not recorded", "not recorded"], Row(page, "acu-staffing", "2028-4"));
        Assert.Equal("Full-time equivalent: unchanged at 4.5 on the previous quarter.", page.QuerySelector("#acu-staffing-reading")!.TextContent.Trim());

        // Procurement matches: raised, high priority, not a match or no concern, advice, referred,
        // still open, each as it stood at the quarter's end (last quarter's match was settled in this one).
        Assert.Equal(["2", "1", "0", "1", "0", "1"], Row(page, "procurement-matches", "2030-4"));
        Assert.Equal(["1", "1", "0", "0", "0", "1"], Row(page, "procurement-matches", "2030-3"));
        Assert.Equal(["0", "0", "0", "0", "0", "0"], Row(page, "procurement-matches", "2030-2"));

        // Policy confirmations by the quarter of their read-by date: due, on time, versions published; the rate.
        Assert.Equal(["2", "1", "1"], Row(page, "policies-confirmations", "2030-4"));
        Assert.Equal(["3", "1", "1"], Row(page, "policies-confirmations", "2030-3"));
        Assert.Equal(["50"], Row(page, "policies-rate", "2030-4"));
        Assert.Equal(["33.3"], Row(page, "policies-rate", "2030-3"));
        Assert.Equal(["none due"], Row(page, "policies-rate", "2030-2"));

        // Training and the self-assessment: nothing planted, so nothing counted in any quarter.
        Assert.Equal(["0", "0"], Row(page, "training-people", "2030-4"));
        Assert.Equal(["0", "0", "0"], Row(page, "self-assessment-actions", "2030-4"));
    }

    [Fact]
    public async Task Board_ShowsTheItemsForDecision_WithLinksOnlyForThoseWhoOpenTheRecords()
    {
        await using var factory = await CreateAsync();
        await PlantAsync(factory);
        var dcc = await PortalClient.SignInAsync(factory, "dcc.cumbria");
        var headOfPsd = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");

        var board = await dcc.GetPageAsync("/Reports/cumbria/Board");
        var psdBoard = await headOfPsd.GetPageAsync("/Reports/cumbria/Board");

        string Count(string item) => board.QuerySelector($"#{item} td")!.TextContent.Trim();
        Assert.Equal("1", Count("item-refusals"));
        Assert.Equal("1", Count("item-reviews"));
        Assert.Equal("1", Count("item-old-cases"));
        Assert.Equal("1", Count("item-cross-check"));
        Assert.Contains("due by 31 December 2030", board.QuerySelector("#item-cross-check")!.TextContent);
        Assert.Contains("raised two matches", board.QuerySelector("#item-cross-check")!.TextContent);
        Assert.Equal("The meeting for July to September 2030 has not been recorded.", board.QuerySelector("#last-meeting")!.TextContent.Trim());
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            db.CrossCheckMeetings.Add(new CrossCheckMeeting
            {
                ForceId = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync(), QuarterYear = 2030, QuarterNumber = 3,
                HeldOn = new DateOnly(2030, 10, 3), RecordedBy = "procurement.cumbria", RecordedUtc = new DateTime(2030, 10, 3, 12, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        }

        var recorded = await dcc.GetPageAsync("/Reports/cumbria/Board");
        Assert.Equal("The meeting for July to September 2030 was held on 3 October 2030; its record awaits the head of PSD's sign-off.", recorded.QuerySelector("#last-meeting")!.TextContent.Trim());
        // The deputy chief constable does not open PSD's records: no links. The head of PSD does.
        Assert.Empty(board.QuerySelectorAll("#board-items a"));
        var links = psdBoard.QuerySelectorAll("#board-items a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(4, links.Count);
        Assert.Equal("/Procurement/Matches", links[3]);
        Assert.StartsWith("/BusinessInterests/Psd/Refusals?", links[0]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await headOfPsd.GetAsync(links[0]!)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await headOfPsd.GetAsync(links[1]!)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await headOfPsd.GetAsync(links[2]!)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await headOfPsd.GetAsync(links[3]!)).StatusCode);
        // The board holds the dashboard's figures too.
        Assert.Equal(["3", "1", "2", "1"], Row(board, "gifts-declarations", "2030-4"));
    }
}
