using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Media.MediaData;

namespace IntegrityPortal.Web.Tests.Media;

/// <summary>The media department's pages: every contact of its force, acknowledgement and flags of suspected leaks.</summary>
public class MediaOfficeTests
{
    private static async Task<(PortalFactory Factory, int Officer, int Staff, int OtherForce)> ThreeContactsAsync()
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var officer = await LogAsync(db, "officer.cumbria", "Westmorland Gazette", preArranged: true, journalist: "Rachel Dunmore");
        var staff = await LogAsync(db, "staff.cumbria", "BBC Radio Cumbria", contactedUtc: DateTime.UtcNow.AddDays(-40), journalist: "Tom Hebden",
            recordedUtc: DateTime.UtcNow.AddDays(-39));
        var other = await LogAsync(db, "officer.thames-valley", "Oxford Mail", subject: "Thames Valley story");
        return (factory, officer.Id, staff.Id, other.Id);
    }

    private static IReadOnlyList<string> Ids(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-id")!).ToList();

    [Fact]
    public async Task PressOffice_SeesEveryContactOfItsForce_AndNoOtherForces_AndTheSearchIsAudited()
    {
        var (factory, officer, staff, other) = await ThreeContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var page = await press.GetPageAsync("/Media/Office");

        Assert.Equal([officer.ToString(), staff.ToString()], Ids(page));
        Assert.Equal("2 contacts", page.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Contains("Marketing and Communications Department", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Not notified in advance", page.QuerySelector($"tr[data-id='{officer}']")!.TextContent);
        Assert.DoesNotContain("Not notified in advance", page.QuerySelector($"tr[data-id='{staff}']")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await press.GetAsync($"/Media/Office/View/{other}")).StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "MediaContactLog" && e.Action == AuditAction.Read && e.UserName == "press-office.cumbria"));
    }

    [Theory]
    [InlineData("Filter.Outlet=BBC", "staff")]
    [InlineData("Filter.Journalist=Rachel", "officer")]
    [InlineData("Filter.PreArrangedOnly=true", "officer")]
    [InlineData("Filter.NotNotifiedOnly=true", "officer")]
    [InlineData("Filter.Acknowledgement=Awaiting", "officer,staff")]
    [InlineData("Filter.Acknowledgement=Acknowledged", "")]
    public async Task Filters_NarrowTheList(string query, string expected)
    {
        var (factory, officer, staff, _) = await ThreeContactsAsync();
        await using var __ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var page = await press.GetPageAsync($"/Media/Office?{query}");

        var ids = new Dictionary<string, int> { ["officer"] = officer, ["staff"] = staff };
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => ids[n].ToString()), Ids(page));
    }

    [Fact]
    public async Task Filter_ByPeriod_TakesUkDays_AndARangeTheWrongWayRoundIsExplained()
    {
        var (factory, _, staff, _) = await ThreeContactsAsync();
        await using var __ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var day = UkFields(DateTime.UtcNow.AddDays(-40)).Date;

        var page = await press.GetPageAsync($"/Media/Office?Filter.From={day}&Filter.To={day}");
        var wrong = await press.GetPageAsync($"/Media/Office?Filter.From={day}&Filter.To=2020-01-01");

        Assert.Equal([staff.ToString()], Ids(page));
        Assert.Equal("The end date must be the same as or after the start date", wrong.FieldError("Filter_To"));
        Assert.Null(wrong.QuerySelector("#result-count"));
    }

    [Fact]
    public async Task View_ShowsTheContactAndWhoHadIt_AndIsAuditedAsAConsultation()
    {
        var (factory, officer, _, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var page = await press.GetPageAsync($"/Media/Office/View/{officer}");

        Assert.Equal("Westmorland Gazette", page.QuerySelector("#outlet")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#not-notified"));
        Assert.NotNull(page.QuerySelector("#acknowledge-form"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var read = await db.AuditEvents.SingleAsync(e => e.EntityType == "MediaContact" && e.EntityId == officer.ToString() && e.Action == AuditAction.Read);
        Assert.Equal("press-office.cumbria", read.UserName);
    }

    [Fact]
    public async Task Acknowledge_RecordsIt_AndTheAttentionItemCountsDown()
    {
        var (factory, officer, _, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        Assert.Contains("2 media contacts to acknowledge", (await press.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);

        var response = await press.PostFormAsync($"/Media/Office/View/{officer}", new() { ["Acknowledgement.Version"] = "0" },
            $"/Media/Office/View/{officer}?handler=Acknowledge");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var contact = await db.MediaContacts.SingleAsync(c => c.Id == officer);
        Assert.Equal("press-office.cumbria", contact.AcknowledgedBy);
        Assert.NotNull(contact.AcknowledgedUtc);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "MediaContact" && e.EntityId == officer.ToString() && e.Action == AuditAction.Changed));
        Assert.Contains("1 media contact to acknowledge", (await press.GetPageAsync("/")).QuerySelector("#attention")!.TextContent);
        var view = await press.GetPageAsync($"/Media/Office/View/{officer}");
        Assert.Null(view.QuerySelector("#acknowledge-form"));
        var acknowledger = await db.Users.Where(u => u.UserName == "press-office.cumbria").Select(u => u.Person!).SingleAsync();
        Assert.Contains(acknowledger.NameAndRankOrGrade, view.QuerySelector("#acknowledged")!.TextContent);
        // The officer sees it acknowledged too, and has no attention item of their own.
        var own = await (await PortalClient.SignInAsync(factory, "officer.cumbria")).GetPageAsync($"/Media/Contacts/View/{officer}");
        Assert.Contains(acknowledger.NameAndRankOrGrade, own.QuerySelector("#acknowledged")!.TextContent);
    }

    [Fact]
    public async Task Acknowledge_Twice_TheSecondIsToldItIsDone_AndAStaleVersionIsToldSomeoneElseChangedIt()
    {
        var (factory, officer, staff, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var url = $"/Media/Office/View/{officer}";

        // Two acknowledgements built from the same page: the second finds it already done.
        await press.PostFormAsync(url, new() { ["Acknowledgement.Version"] = "0" }, $"{url}?handler=Acknowledge");
        var second = await press.PostFormAsync(url, new() { ["Acknowledgement.Version"] = "0" }, $"{url}?handler=Acknowledge");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(MediaWorkflow.AlreadyAcknowledged, (await PortalClient.ParseAsync(second)).ErrorSummary());

        // A contact changed since the page was built: the version in the form is stale.
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var contact = await db.MediaContacts.SingleAsync(c => c.Id == staff);
            contact.Disclosed += " (corrected)";
            await db.SaveChangesAsync();
        }

        var stale = await press.PostFormAsync($"/Media/Office/View/{staff}", new() { ["Acknowledgement.Version"] = "0" }, $"/Media/Office/View/{staff}?handler=Acknowledge");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, (await PortalClient.ParseAsync(stale)).ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Null((await check.MediaContacts.SingleAsync(c => c.Id == staff)).AcknowledgedUtc);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.EntityType == "MediaContact" && e.EntityId == officer.ToString() && e.Action == AuditAction.Changed));
    }

    [Fact]
    public async Task FlagContact_WithoutAReason_IsRefusedBesideTheField_WithAReason_CreatesAReferralAwaitingPsd()
    {
        var (factory, officer, _, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var url = $"/Media/Office/View/{officer}";

        var empty = await press.PostFormAsync(url, new() { ["Flag.Reason"] = " " }, $"{url}?handler=Flag");
        var page = await PortalClient.ParseAsync(empty);
        Assert.Equal(MediaWorkflow.ReasonNeeded, page.FieldError("Flag_Reason"));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Equal(0, await db.SuspectedLeaks.CountAsync());
        }

        var flagged = await press.PostFormAsync(url + "?Filter.Outlet=West", new() { ["Flag.Reason"] = "Details in the next day's story were not briefed" },
            $"{url}?handler=Flag&Filter.Outlet=West");
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        // A confirmation panel with the flag's reference and what happens next; no form to flag again.
        var panel = await press.GetPageAsync(flagged.Headers.Location!.ToString());
        Assert.Equal("Suspected leak flagged", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Contains($"MC-{officer:D6} is flagged as a suspected leak and is awaiting PSD", panel.QuerySelector("#confirmation")!.TextContent);
        Assert.Contains("PSD read the flag and decide whether to open an investigation", panel.QuerySelector("#next")!.TextContent);
        Assert.Null(panel.QuerySelector("main form[method=post]"));
        // The way back keeps the list's filter.
        Assert.Equal($"/Media/Office/View/{officer}?Filter.Outlet=West", panel.QuerySelector("#back-to-contact")!.GetAttribute("href"));
        var again = await press.PostFormAsync(url, new() { ["Flag.Reason"] = "Again" }, $"{url}?handler=Flag");
        Assert.Contains(MediaWorkflow.AlreadyFlagged, (await PortalClient.ParseAsync(again)).ErrorSummary());

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var leak = await check.SuspectedLeaks.SingleAsync();
        Assert.Equal(leak.Reference, panel.QuerySelector("#reference")!.TextContent);
        Assert.Equal(SuspectedLeakStatus.AwaitingPsd, leak.Status);
        Assert.Equal(officer, leak.MediaContactId);
        Assert.Equal("Westmorland Gazette", leak.OutletName);
        Assert.Equal("Rachel Dunmore", leak.JournalistName);
        Assert.Equal("press-office.cumbria", leak.FlaggedBy);
        var flags = await press.GetPageAsync("/Media/Office/Flags");
        var row = Assert.Single(flags.QuerySelectorAll("#flags tbody tr"));
        Assert.Contains(leak.Reference, row.TextContent);
        Assert.Contains("Awaiting PSD", row.TextContent);
        Assert.Contains($"MC-{officer:D6}", row.TextContent);
    }

    private static Dictionary<string, string> ArticleForm(params string[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.OutletId"] = "",
            ["Input.NewOutletName"] = "News and Star",
            ["Input.JournalistName"] = "",
            ["Input.Title"] = "Police named suspect before arrest",
            ["Input.PublishedOn"] = UkFields(DateTime.UtcNow.AddDays(-2)).Date,
            ["Input.Url"] = "https://news.example/story",
            ["Input.Reason"] = "Quotes an internal briefing",
        };
        foreach (var change in changes)
        {
            var at = change.IndexOf('=');
            form["Input." + change[..at]] = change[(at + 1)..];
        }

        return form;
    }

    [Fact]
    public async Task FlagArticle_CreatesAReferralAwaitingPsd_WithANewOutlet()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var response = await press.PostFormAsync("/Media/Office/FlagArticle", ArticleForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var panel = await press.GetPageAsync(response.Headers.Location!.ToString());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var leak = await db.SuspectedLeaks.Include(l => l.Outlet).SingleAsync();
        Assert.Equal(leak.Reference, panel.QuerySelector("#reference")!.TextContent);
        Assert.Contains("“Police named suspect before arrest” in News and Star is flagged as a suspected leak", panel.QuerySelector("#confirmation")!.TextContent);
        Assert.Null(panel.QuerySelector("main form[method=post]"));
        Assert.Equal(cumbria, leak.ForceId);
        Assert.Equal(SuspectedLeakStatus.AwaitingPsd, leak.Status);
        Assert.Null(leak.MediaContactId);
        Assert.Null(leak.JournalistName);
        Assert.Equal("Police named suspect before arrest", leak.ArticleTitle);
        Assert.Equal("https://news.example/story", leak.ArticleUrl);
        Assert.Equal("News and Star", leak.Outlet!.Name);
        Assert.Equal(cumbria, leak.Outlet.ForceId);
        var flags = await press.GetPageAsync("/Media/Office/Flags");
        Assert.Contains("Police named suspect before arrest", Assert.Single(flags.QuerySelectorAll("#flags tbody tr")).TextContent);
    }

    public static TheoryData<string, string, string> BadArticles() => new()
    {
        { "NewOutletName=", "Input_OutletId", "Select the outlet that published the article, or add a new one" },
        { "OutletId=999999|NewOutletName=", "Input_OutletId", MediaWorkflow.OutletNotFound },
        { "Title=", "Input_Title", "Enter the article's headline" },
        { "PublishedOn=", "Input_PublishedOn", "Enter the date the article was published" },
        { "PublishedOn=31/02/2026", "Input_PublishedOn", "The date the article was published must be a real date" },
        { "PublishedOn=2090-01-01", "Input_PublishedOn", "The date the article was published must be today or in the past" },
        { "PublishedOn=1990-06-01", "Input_PublishedOn", PlausibleDates.ArticlePublished.Check(new DateOnly(1990, 6, 1), DateOnly.FromDateTime(DateTime.UtcNow))! },
        { "Url=javascript:alert(1)", "Input_Url", "Enter the web address in full, starting with https://" },
        { "Reason=", "Input_Reason", MediaWorkflow.ReasonNeeded },
    };

    [Theory]
    [MemberData(nameof(BadArticles))]
    public async Task FlagArticle_BadInput_ShowsTheMessageBesideTheField_AndWritesNothing(string change, string fieldId, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");

        var response = await press.PostFormAsync("/Media/Office/FlagArticle", ArticleForm(change.Split('|')));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError(fieldId));
        Assert.Contains(message, page.ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(0, await db.SuspectedLeaks.CountAsync());
        Assert.Equal(0, await db.Organisations.CountAsync(o => o.Name == "News and Star"));
    }

    [Fact]
    public async Task Psd_ReadsTheDepartmentsPages_ButCannotAcknowledgeOrFlag()
    {
        var (factory, officer, _, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Media/Office/View/{officer}";

        Assert.Equal(2, Ids(await psd.GetPageAsync("/Media/Office")).Count);
        var view = await psd.GetPageAsync(url);
        Assert.Null(view.QuerySelector("#acknowledge-form"));
        Assert.Null(view.QuerySelector("#flag-form"));
        await psd.GetPageAsync("/Media/Office/Flags");
        await psd.GetPageAsync("/Media/Office/Export");

        Assert.Equal(HttpStatusCode.Forbidden, (await psd.PostFormAsync(url, new() { ["Acknowledgement.Version"] = "0" }, $"{url}?handler=Acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.PostFormAsync(url, new() { ["Flag.Reason"] = "PSD's own flag" }, $"{url}?handler=Flag")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.GetAsync("/Media/Office/FlagArticle")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.PostFormAsync("/Media/Office/FlagArticle", ArticleForm())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await psd.GetAsync("/Media/Office/Flagged/1")).StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Null((await db.MediaContacts.SingleAsync(c => c.Id == officer)).AcknowledgedUtc);
        Assert.Equal(0, await db.SuspectedLeaks.CountAsync());
    }

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("admin.cumbria")]
    public async Task OfficersAndOtherRoles_AreRefusedEveryPageOfTheDepartment(string userName)
    {
        var (factory, officer, _, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var client = await PortalClient.SignInAsync(factory, userName);

        foreach (var url in new[] { "/Media/Office", $"/Media/Office/View/{officer}", "/Media/Office/Flags", "/Media/Office/FlagArticle", "/Media/Office/Flagged/1", "/Media/Office/Export", "/Media/Office/Export?handler=Csv&Year=2026&Quarter=1" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task PressOfficeOfAnotherForce_FindsNoneOfItsContactsOrFlags()
    {
        var (factory, officer, _, _) = await ThreeContactsAsync();
        await using var _ = factory;
        var press = await PortalClient.SignInAsync(factory, "press-office.thames-valley");
        var url = $"/Media/Office/View/{officer}";

        Assert.Equal(HttpStatusCode.NotFound, (await press.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await press.PostFormAsync(url, new() { ["Acknowledgement.Version"] = "0" }, $"{url}?handler=Acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await press.PostFormAsync(url, new() { ["Flag.Reason"] = "Not ours" }, $"{url}?handler=Flag")).StatusCode);
        Assert.Single(Ids(await press.GetPageAsync("/Media/Office")));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Null((await db.MediaContacts.SingleAsync(c => c.Id == officer)).AcknowledgedUtc);
        Assert.Equal(0, await db.SuspectedLeaks.CountAsync());

        // Cumbria's own flag: its confirmation is not found for Thames Valley's press office.
        var cumbriaPress = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var flagged = await cumbriaPress.PostFormAsync(url, new() { ["Flag.Reason"] = "Ours" }, $"{url}?handler=Flag");
        var panelUrl = flagged.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await cumbriaPress.GetAsync(panelUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await press.GetAsync(panelUrl)).StatusCode);
    }
}
