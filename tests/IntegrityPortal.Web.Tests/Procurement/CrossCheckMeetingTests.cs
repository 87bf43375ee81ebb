using System.Net;
using ClosedXML.Excel;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Procurement.Meetings;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

/// <summary>The quarterly cross-check meeting: the pack and its downloads, recording the meeting, its sign-off, and who may do what.</summary>
public class CrossCheckMeetingTests
{
    private static readonly string[] SheetNames = ["Contracts and tenders", "Matches raised", "Top offerors", "Card spend with offerors", "Meeting record", "Actions"];

    private static DateOnly Today => UkTime.Today(TimeProvider.System);

    private static string Rows(AngleSharp.Dom.IDocument page, string table) =>
        string.Join("\n", page.QuerySelectorAll($"#{table} tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))));

    [Fact]
    public async Task ThePack_HoldsTheQuartersContractsOffersMatchesOfferorsAndCardSpend()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var made = await CrossCheckMeetingData.SeedAsync(factory);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var page = await psd.GetPageAsync(MeetingPages.PackHref(CrossCheckMeetingData.PackQuarter));

        var contracts = page.QuerySelectorAll("#contracts tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        // The awarded contract has its two offers in the window (not the one 13 months before); the open tender has none; the earlier award is left out.
        Assert.Equal(3, contracts.Count);
        // In the order of their award, or opening while not awarded: the tender opened first.
        Assert.Equal([made.Opened, made.Awarded, made.Awarded], contracts.Select(c => c[0]));
        Assert.Equal("No offer", contracts[0][7]);
        Assert.Equal("Not yet awarded", contracts[0][3]);
        Assert.Equal($"{made.Winner} (winner)", contracts[1][7]);
        Assert.Equal($"{made.Bidder} (bidder)", contracts[2][7]);
        Assert.Equal("£125,000.00", contracts[1][6]);
        Assert.Contains(", Constable", contracts[1][9]); // the declarant by name and rank
        Assert.DoesNotContain("officer.cumbria", page.Body!.TextContent);

        var matches = Rows(page, "matches");
        Assert.Contains($"PM-{made.MatchInQuarter:D6}", matches);
        Assert.Contains("No concern", matches);
        Assert.DoesNotContain($"PM-{made.MatchBefore:D6}", matches);
        Assert.Contains($"PM-{made.CardMatch:D6}", matches);

        var offerors = page.QuerySelectorAll("#offerors tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["1", made.TopOfferor, "3", "£90.00"], offerors[0]);
        Assert.Equal(3, offerors.Count);
        Assert.Equal(made.Winner, offerors[1][1]); // one offer each; the winner's is worth more

        var cards = page.QuerySelectorAll("#cards tbody tr").ToList();
        Assert.Single(cards);
        Assert.Contains("BLUEBELL CATERING", cards[0].TextContent);
        Assert.Contains("£212.50", cards[0].TextContent);
        Assert.Contains(made.TopOfferor, cards[0].TextContent);

        Assert.Equal("The meeting for the quarter is not recorded yet.", page.QuerySelector("#meeting-empty")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#record-link")); // PSD reads; procurement and the head of PSD record
    }

    [Fact]
    public async Task ThePack_DownloadsAsCsvAndAsAWorkbookWithASheetPerSection_EachAuditedAsAnExport()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var made = await CrossCheckMeetingData.SeedAsync(factory);
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var href = MeetingPages.PackHref(CrossCheckMeetingData.PackQuarter);

        var csv = await procurement.GetAsync(href + "&handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("OFFICIAL-SENSITIVE", text.TrimStart('\uFEFF'));
        foreach (var title in SheetNames)
        {
            Assert.Contains(title, text);
        }

        Assert.Contains(made.Awarded, text);
        Assert.Contains("BLUEBELL CATERING", text);

        var excel = await procurement.GetAsync(href + "&handler=Excel");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using var workbook = new XLWorkbook(await excel.Content.ReadAsStreamAsync());
        Assert.Equal(SheetNames, workbook.Worksheets.Select(s => s.Name));
        Assert.Equal("OFFICIAL-SENSITIVE", workbook.Worksheet("Contracts and tenders").Cell(1, 1).GetString());
        Assert.Equal("Reference", workbook.Worksheet("Contracts and tenders").Cell(4, 1).GetString());
        Assert.Equal(made.Opened, workbook.Worksheet("Contracts and tenders").Cell(5, 1).GetString());
        Assert.Equal(made.Awarded, workbook.Worksheet("Contracts and tenders").Cell(6, 1).GetString());
        Assert.Equal(made.TopOfferor, workbook.Worksheet("Top offerors").Cell(5, 2).GetString());
        Assert.Equal("BLUEBELL CATERING", workbook.Worksheet("Card spend with offerors").Cell(5, 3).GetString());

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var exports = await db.AuditEvents.Where(e => e.EntityType == "CrossCheckMeeting" && e.Action == AuditAction.Export && e.UserName == "procurement.cumbria").CountAsync();
        Assert.Equal(2, exports);
    }

    [Fact]
    public async Task RecordCheckAndConfirm_ThenAnotherHeadOfPsdSignsOff()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var quarter = Quarter.Containing(Today).Previous.Previous;
        var key = MeetingPages.Key(quarter);
        var recordUrl = $"/Procurement/Meetings/Record?q={key}";
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var (me, head, press) = (await CrossCheckMeetingData.NumberOfAsync(factory, "procurement.cumbria"),
            await CrossCheckMeetingData.NumberOfAsync(factory, "head-of-psd.cumbria"), await CrossCheckMeetingData.NumberOfAsync(factory, "press-office.cumbria"));
        var held = quarter.LastDay.AddDays(10);
        var fields = new Dictionary<string, string>(CrossCheckMeetingData.Date("Input.HeldOn", held))
        {
            ["Input.Attendees"] = $"{me}, {head}\n{press}",
            ["Input.Actions[0].Text"] = "Remind the panel to declare offers",
            ["Input.Actions[0].Owner"] = me,
        };
        foreach (var (k, v) in CrossCheckMeetingData.Date("Input.Actions[0].DueOn", Today.AddDays(30)))
        {
            fields[k] = v;
        }

        var check = await PortalClient.ParseAsync(await procurement.PostFormAsync(recordUrl, fields));
        Assert.Equal(UkFormat.Date(held), check.QuerySelector("#answer-held")!.TextContent.Trim());
        Assert.Equal(3, check.QuerySelectorAll("#answer-attendees li").Length);
        Assert.DoesNotContain("procurement.cumbria", check.QuerySelector("#answers")!.TextContent);
        Assert.Contains("Remind the panel to declare offers", check.QuerySelector("#answer-actions")!.TextContent);
        Assert.NotNull(check.QuerySelector("#confirm"));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var cumbria = await factory.ForceIdAsync("cumbria");
            Assert.False(await db.CrossCheckMeetings.AnyAsync(m => m.QuarterYear == quarter.Year && m.QuarterNumber == quarter.Number && m.ForceId == cumbria));
        }

        // The check page's hidden fields are what it posts on.
        var hidden = check.QuerySelectorAll("form input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var recorded = await procurement.PostFormAsync(recordUrl, hidden, postUrl: recordUrl + "&handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(MeetingPages.PackHref(quarter), recorded.Headers.Location!.ToString());
        var pack = await procurement.GetPageAsync(MeetingPages.PackHref(quarter));
        Assert.Equal($"Meeting for {quarter.Describe()} recorded. The head of PSD signs it off.", pack.QuerySelector("#confirmation")!.TextContent.Trim());
        Assert.Contains("Remind the panel to declare offers", pack.QuerySelector("#actions")!.TextContent);

        // A second press finds it recorded and adds nothing.
        var again = await procurement.PostFormAsync(recordUrl, hidden, postUrl: recordUrl + "&handler=Confirm");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var cumbria = await factory.ForceIdAsync("cumbria");
            var meeting = await db.CrossCheckMeetings.Include(m => m.Attendees).Include(m => m.Actions)
                .SingleAsync(m => m.ForceId == cumbria && m.QuarterYear == quarter.Year && m.QuarterNumber == quarter.Number);
            Assert.Equal(held, meeting.HeldOn);
            Assert.Equal(3, meeting.Attendees.Count);
            Assert.Single(meeting.Actions);
            Assert.Equal("procurement.cumbria", meeting.RecordedBy);
            Assert.Null(meeting.SignedOffUtc);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "CrossCheckMeeting" && e.EntityId == meeting.Id.ToString() && e.UserName == "procurement.cumbria"));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "MeetingAction" && e.UserName == "procurement.cumbria"));
            id = meeting.Id;
        }

        // Procurement records but does not sign off.
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.GetAsync($"/Procurement/Meetings/SignOff/{id}")).StatusCode);

        var headOfPsd = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        Assert.NotNull((await headOfPsd.GetPageAsync(MeetingPages.PackHref(quarter))).QuerySelector("#sign-off-link"));
        var signOff = await headOfPsd.GetPageAsync($"/Procurement/Meetings/SignOff/{id}");
        Assert.Null(signOff.QuerySelector("#refusal"));
        var signed = await headOfPsd.PostFormAsync($"/Procurement/Meetings/SignOff/{id}", new() { ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var after = await headOfPsd.GetPageAsync(MeetingPages.PackHref(quarter));
        Assert.Equal($"Meeting record for {quarter.Describe()} signed off.", after.QuerySelector("#confirmation")!.TextContent.Trim());
        var index = await headOfPsd.GetPageAsync("/Procurement/Meetings");
        Assert.Equal("Signed off", index.QuerySelector($"#quarters tr[data-quarter='{key}'] .govuk-tag")!.TextContent.Trim());
    }

    [Fact]
    public async Task BadAnswers_AreAnsweredBesideTheirFields_KeepWhatWasTyped_AndWriteNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var quarter = Quarter.Containing(Today).Previous.Previous;
        var recordUrl = $"/Procurement/Meetings/Record?q={MeetingPages.Key(quarter)}";
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var before = await CrossCheckMeetingData.MeetingCountAsync(factory);

        var empty = await PortalClient.ParseAsync(await head.PostFormAsync(recordUrl, new()
        {
            ["Input.Actions[0].Text"] = "Check the card holders' declarations",
        }));
        Assert.Equal("Enter the date the meeting was held", empty.FieldError("Input_HeldOn"));
        Assert.Equal("Enter the collar or staff numbers of the people who attended", empty.FieldError("Input_Attendees"));
        Assert.Equal("Enter the collar or staff number of the owner of action 1", empty.FieldError("Input_Actions_0__Owner"));
        Assert.Equal("Enter the due date of action 1", empty.FieldError("Input_Actions_0__DueOn"));
        Assert.Equal("Check the card holders' declarations", empty.QuerySelector("#Input_Actions_0__Text")!.TextContent.Trim());
        Assert.Contains("Enter the date the meeting was held", empty.ErrorSummary());

        var future = await PortalClient.ParseAsync(await head.PostFormAsync(recordUrl, new(CrossCheckMeetingData.Date("Input.HeldOn", Today.AddDays(2)))
        {
            ["Input.Attendees"] = "NO-SUCH-NUMBER",
        }));
        Assert.Equal("The date the meeting was held must be today or in the past", future.FieldError("Input_HeldOn"));
        Assert.Equal("No one in the force has the number NO-SUCH-NUMBER", future.FieldError("Input_Attendees"));
        Assert.Equal("NO-SUCH-NUMBER", future.QuerySelector("#Input_Attendees")!.TextContent.Trim());
        Assert.Equal(Today.AddDays(2).Day.ToString(), future.QuerySelector("#Input_HeldOn")!.GetAttribute("value"));

        var early = await PortalClient.ParseAsync(await head.PostFormAsync(recordUrl, new(CrossCheckMeetingData.Date("Input.HeldOn", quarter.FirstDay.AddDays(-1)))));
        Assert.StartsWith("The date the meeting was held must be on or after", early.FieldError("Input_HeldOn"));

        var notADate = await PortalClient.ParseAsync(await head.PostFormAsync(recordUrl, new() { ["Input.HeldOn.Day"] = "31", ["Input.HeldOn.Month"] = "2", ["Input.HeldOn.Year"] = "2026" }));
        Assert.NotNull(notADate.FieldError("Input_HeldOn"));

        // A pasted list of thousands of numbers is answered, not looked up one parameter each.
        var pasted = await head.PostFormAsync(recordUrl, new() { ["Input.Attendees"] = string.Join(",", Enumerable.Range(1, 40_000).Select(i => $"X{i}")) });
        Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        Assert.Equal($"Enter no more than {CrossCheckMeetingRules.MaximumAttendees} people who attended", (await PortalClient.ParseAsync(pasted)).FieldError("Input_Attendees"));

        // Straight to the last step with bad answers: the same checks, nothing written.
        var confirm = await head.PostFormAsync(recordUrl, new() { ["Input.Attendees"] = "" }, postUrl: recordUrl + "&handler=Confirm");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("Enter the date the meeting was held", (await PortalClient.ParseAsync(confirm)).FieldError("Input_HeldOn"));
        Assert.Equal(before, await CrossCheckMeetingData.MeetingCountAsync(factory));

        // A quarter that cannot be recorded (in the future, or not a quarter) is not found, never an error page.
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/Procurement/Meetings/Record?q={MeetingPages.Key(new Quarter(Today.Year + 1, 1))}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/Procurement/Meetings/Record?q=2026-Q9")).StatusCode);
        // Without one, the quarter whose meeting is due: the demonstration has recorded it, so its pack.
        var due = await head.GetAsync("/Procurement/Meetings/Record");
        Assert.Equal(HttpStatusCode.Redirect, due.StatusCode);
        Assert.Equal(MeetingPages.PackHref(Quarter.Containing(Today).Previous), due.Headers.Location!.ToString());
    }

    [Fact]
    public async Task TheRecorder_CannotSignOffTheirOwnRecord()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var quarter = Quarter.Containing(Today).Previous.Previous.Previous;
        var recordUrl = $"/Procurement/Meetings/Record?q={MeetingPages.Key(quarter)}";
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var number = await CrossCheckMeetingData.NumberOfAsync(factory, "head-of-psd.cumbria");
        var fields = new Dictionary<string, string>(CrossCheckMeetingData.Date("Input.HeldOn", quarter.LastDay.AddDays(5))) { ["Input.Attendees"] = number };
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(recordUrl, fields, postUrl: recordUrl + "&handler=Confirm")).StatusCode);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var cumbria = await factory.ForceIdAsync("cumbria");
            id = await db.CrossCheckMeetings.Where(m => m.ForceId == cumbria && m.QuarterYear == quarter.Year && m.QuarterNumber == quarter.Number).Select(m => m.Id).SingleAsync();
        }

        Assert.Null((await head.GetPageAsync(MeetingPages.PackHref(quarter))).QuerySelector("#sign-off-link"));
        var page = await head.GetPageAsync($"/Procurement/Meetings/SignOff/{id}");
        Assert.Equal("You recorded this meeting: another head of PSD must sign it off.", page.QuerySelector("#refusal")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#sign-off"));
        var refused = await PortalClient.ParseAsync(await head.PostFormAsync($"/Procurement/Meetings/SignOff/{id}", new() { ["Version"] = "0" }));
        Assert.Contains("You recorded this meeting: another head of PSD must sign it off", refused.ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Null(await check.CrossCheckMeetings.Where(m => m.Id == id).Select(m => m.SignedOffUtc).SingleAsync());
    }

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("pcc.cumbria")]
    public async Task WrongRoles_AreRefusedEveryPage(string user)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, user);
        var key = MeetingPages.Key(Quarter.Containing(Today).Previous.Previous);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var cumbria = await factory.ForceIdAsync("cumbria");
            id = await db.CrossCheckMeetings.Where(m => m.ForceId == cumbria).Select(m => m.Id).FirstAsync();
        }

        foreach (var url in new[] { "/Procurement/Meetings", $"/Procurement/Meetings/Pack?q={key}", $"/Procurement/Meetings/Pack?q={key}&handler=Csv",
                     $"/Procurement/Meetings/Pack?q={key}&handler=Excel", $"/Procurement/Meetings/Record?q={key}", $"/Procurement/Meetings/SignOff/{id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task PsdReadsButDoesNotRecord_AndTheDemonstrationMeetingIsSignedOff()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var due = Quarter.Containing(Today).Previous;
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.GetAsync($"/Procurement/Meetings/Record?q={MeetingPages.Key(due.Previous)}")).StatusCode);

        var index = await psd.GetPageAsync("/Procurement/Meetings");
        Assert.Equal("Signed off", index.QuerySelector($"#quarters tr[data-quarter='{MeetingPages.Key(due)}'] .govuk-tag")!.TextContent.Trim());
        Assert.Equal("Due", index.QuerySelector($"#quarters tr[data-quarter='{MeetingPages.Key(due.Previous)}'] .govuk-tag")!.TextContent.Trim());
        var pack = await psd.GetPageAsync("/Procurement/Meetings/Pack");
        Assert.DoesNotContain("Not yet signed off", pack.QuerySelector("#meeting")!.TextContent);
        Assert.Null(pack.QuerySelector("#sign-off-link"));
        Assert.Equal(2, pack.QuerySelectorAll("#actions tbody tr").Length);

        // A quarter not in the list, or in the future, is answered beside the chooser, not with an error page.
        var bad = await psd.GetPageAsync("/Procurement/Meetings/Pack?q=nonsense");
        Assert.Equal("Select a quarter from the list", bad.FieldError("Q"));
        var future = await psd.GetPageAsync($"/Procurement/Meetings/Pack?q={MeetingPages.Key(new Quarter(Today.Year + 1, 1))}");
        Assert.Equal("Select a quarter from the list", future.FieldError("Q"));
    }
}
