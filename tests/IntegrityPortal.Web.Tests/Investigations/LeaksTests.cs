using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

public class LeaksTests
{
    private static readonly DateTime Contacted = DateTime.UtcNow.Date.AddDays(-5).AddHours(11);

    private static async Task<(PortalFactory Factory, int LeakId, int ContactId)> FlaggedAsync(string userName = "officer.cumbria")
    {
        var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var contact = await SuspectedLeakData.ContactAsync(db, userName, "Jo Reporter", "Evening Gazette", Contacted);
        var leak = await SuspectedLeakData.FlagAsync(db, contact);
        return (factory, leak.Id, contact.Id);
    }

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("inspector")]
    [InlineData("dcc.cumbria")]
    public async Task LeakPages_RefuseEveryRoleButPsd(string userName)
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        var client = await PortalClient.SignInAsync(factory, userName);

        foreach (var url in new[] { "/Investigations/Leaks", $"/Investigations/Leaks/NoCase/{leakId}", $"/Investigations/Open?leakId={leakId}",
                     "/Investigations/Contacts?Outlet=Evening&From=2020-01-01&To=2030-01-01" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/Investigations/Leaks/NoCase/{leakId}", new() { ["Input.PsdNote"] = "x", ["Input.Version"] = "0" })).StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == "MediaContactListing"));
    }

    [Fact]
    public async Task Psd_SeesTheCountOnTheHomePage_AndOpensACaseFromTheFlag()
    {
        var (factory, leakId, contactId) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var home = await psd.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll("#attention a"), a => a.TextContent == "1 suspected leak awaiting PSD" && a.GetAttribute("href") == "/Investigations/Leaks");
        var queue = await psd.GetPageAsync("/Investigations/Leaks");
        Assert.Equal("1 flag", queue.QuerySelector("#result-count")!.TextContent);

        var form = await psd.GetPageAsync($"/Investigations/Open?leakId={leakId}");
        Assert.Equal("InappropriateDisclosureToMedia", form.QuerySelector("input[name='Input.Category'][checked]")!.GetAttribute("value"));
        Assert.Equal("PressOfficeFlag", form.QuerySelector("input[name='Input.Origin'][checked]")!.GetAttribute("value"));
        var version = form.QuerySelector("input[name='Input.LeakVersion']")!.GetAttribute("value")!;
        var opened = await psd.PostFormAsync($"/Investigations/Open?leakId={leakId}", new()
        {
            ["Input.LeakId"] = leakId.ToString(), ["Input.LeakVersion"] = version, ["Input.Category"] = "InappropriateDisclosureToMedia",
            ["Input.Origin"] = "PressOfficeFlag", ["Input.OpenedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Input.Summary"] = "Leak to the Gazette",
        });

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var panel = await psd.GetPageAsync(opened.Headers.Location!.ToString());
        Assert.Contains($"Suspected leak SL-{leakId:D6} is answered", panel.QuerySelector("#next")!.TextContent);
        var casePage = await psd.GetPageAsync(panel.QuerySelector("#go-to-case")!.GetAttribute("href")!);
        Assert.Contains($"MC-{contactId:D6}", casePage.QuerySelector("#links")!.TextContent);
        Assert.Contains("Jo Reporter", casePage.QuerySelector("#links")!.TextContent);
        Assert.Equal("0 flags", (await psd.GetPageAsync("/Investigations/Leaks")).QuerySelector("#result-count")!.TextContent);
        Assert.Null((await psd.GetPageAsync("/")).QuerySelector("#attention"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var leak = await check.SuspectedLeaks.SingleAsync(l => l.Id == leakId);
        Assert.Equal(SuspectedLeakStatus.CaseOpened, leak.Status);
        Assert.Equal(InvestigationOrigin.PressOfficeFlag, (await check.Investigations.SingleAsync(i => i.Id == leak.InvestigationId)).Origin);

        // The press office learns that PSD answered, not that a case was opened.
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var flags = (await press.GetPageAsync("/Media/Office/Flags")).QuerySelector("main")!.TextContent;
        var contact = (await press.GetPageAsync($"/Media/Office/View/{contactId}")).QuerySelector("main")!.TextContent;
        Assert.Contains("Answered by PSD", flags);
        Assert.Contains("Answered by PSD", contact);
        Assert.DoesNotContain("Case opened", flags + contact, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OpenFromAFlag_IsPrefilledWithTheCategoryOriginAndPerson_AndPsdMayChangeThem()
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        string officerNumber, managerNumber;
        int officerId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            (officerId, officerNumber) = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => ValueTuple.Create(u.Person!.Id, u.Person.Number)).SingleAsync();
            managerNumber = await db.Users.Where(u => u.UserName == "manager.cumbria").Select(u => u.Person!.Number).SingleAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var form = await psd.GetPageAsync($"/Investigations/Open?leakId={leakId}");
        Assert.Equal(officerNumber, form.QuerySelector("#Input_PersonNumber")!.GetAttribute("value"));
        Assert.Contains("The flagged contact was logged by", form.QuerySelector("#Input_PersonNumber-hint")!.TextContent);
        Assert.Equal("InappropriateDisclosureToMedia", form.QuerySelector("input[name='Input.Category'][checked]")!.GetAttribute("value"));
        Assert.Equal("PressOfficeFlag", form.QuerySelector("input[name='Input.Origin'][checked]")!.GetAttribute("value"));
        var fields = new Dictionary<string, string>
        {
            ["Input.LeakId"] = leakId.ToString(), ["Input.LeakVersion"] = form.QuerySelector("input[name='Input.LeakVersion']")!.GetAttribute("value")!,
            ["Input.Category"] = "SocialMediaConduct", ["Input.Origin"] = "PressOfficeFlag",
            ["Input.OpenedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Input.Summary"] = "Leak to the Gazette", ["Input.PersonNumber"] = "NO-SUCH-1",
        };

        var unknown = await PortalClient.ParseAsync(await psd.PostFormAsync($"/Investigations/Open?leakId={leakId}", fields));
        Assert.Equal("There is no one with that number in the case's force", unknown.FieldError("Input_PersonNumber"));
        Assert.Equal("NO-SUCH-1", unknown.QuerySelector("#Input_PersonNumber")!.GetAttribute("value"));
        await using (var check = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Empty(await check.Investigations.ToListAsync());
            Assert.Equal(SuspectedLeakStatus.AwaitingPsd, (await check.SuspectedLeaks.SingleAsync()).Status);
        }

        // PSD changes the category and the person before opening.
        fields["Input.PersonNumber"] = managerNumber;
        var opened = await psd.PostFormAsync($"/Investigations/Open?leakId={leakId}", fields);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        await using var after = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var investigation = await after.Investigations.Include(i => i.People).ThenInclude(p => p.Person).SingleAsync();
        Assert.Equal(InvestigationCategory.SocialMediaConduct, investigation.Category);
        Assert.Equal(managerNumber, Assert.Single(investigation.People).Person!.Number);
        Assert.NotEqual(officerId, investigation.People[0].PersonId);
        Assert.True(await after.AuditEvents.AnyAsync(e => e.EntityType == nameof(InvestigationPerson) && e.Action == AuditAction.Created && e.UserName == "psd.cumbria"));
    }

    [Fact]
    public async Task OpenFromAFlag_KeepsThePrefilledPerson_WhenPsdLeavesIt()
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var form = await psd.GetPageAsync($"/Investigations/Open?leakId={leakId}");
        var fields = form.QuerySelectorAll("form[method='post'] input")
            .Where(i => i.GetAttribute("name") is { } name && name.StartsWith("Input.") && (i.GetAttribute("type") != "radio" || i.HasAttribute("checked")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["Input.Summary"] = form.QuerySelector("#Input_Summary")!.TextContent.Trim();

        var opened = await psd.PostFormAsync($"/Investigations/Open?leakId={leakId}", fields);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var panel = await psd.GetPageAsync(opened.Headers.Location!.ToString());
        var casePage = await psd.GetPageAsync(panel.QuerySelector("#go-to-case")!.GetAttribute("href")!);
        Assert.Contains(fields["Input.PersonNumber"], casePage.QuerySelector("#people")!.TextContent);
        Assert.Equal("Inappropriate disclosure to the media", casePage.QuerySelector("#category")!.TextContent);
    }

    [Theory]
    [InlineData("press-office.cumbria", "/Media/Office?Filter.To=9999-12-31", "Filter_To")]
    [InlineData("psd.cumbria", "/Investigations/Contacts?Outlet=Gazette&From=2026-01-01&To=9999-12-31", "To")]
    [InlineData("psd.cumbria", "/Investigations?Filter.OpenedFrom=0001-01-01", "Filter_OpenedFrom")]
    public async Task ImplausibleDates_AreAnsweredBesideTheField_NotWithAnError(string userName, string url, string field)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, userName);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(" must be between 1900 and 2099", (await PortalClient.ParseAsync(response)).FieldError(field));
    }

    [Fact]
    public async Task OpenFromAFlag_WithBadInput_WritesNothing_AndASecondAnswerIsRefused()
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var fields = new Dictionary<string, string>
        {
            ["Input.LeakId"] = leakId.ToString(), ["Input.LeakVersion"] = "0", ["Input.Category"] = "InappropriateDisclosureToMedia",
            ["Input.Origin"] = "PressOfficeFlag", ["Input.OpenedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Input.Summary"] = "",
        };

        var empty = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Open", fields));
        Assert.Equal("Enter a summary of the case", empty.FieldError("Input_Summary"));
        await using (var check = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Empty(await check.Investigations.ToListAsync());
            Assert.Equal(SuspectedLeakStatus.AwaitingPsd, (await check.SuspectedLeaks.SingleAsync()).Status);
        }

        fields["Input.Summary"] = "Leak";
        Assert.Equal(HttpStatusCode.Redirect, (await psd.PostFormAsync("/Investigations/Open", fields)).StatusCode);
        var again = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Open", fields));
        Assert.Contains(SuspectedLeaks.AlreadyAnswered, again.ErrorSummary());
        await using var after = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Single(await after.Investigations.ToListAsync());
    }

    [Fact]
    public async Task NoCase_NeedsANote_ThenTakesTheFlagOutOfTheQueue()
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Investigations/Leaks/NoCase/{leakId}";

        var empty = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.PsdNote"] = "", ["Input.Version"] = "0" }));
        Assert.Equal("Enter why no case is opened", empty.FieldError("Input_PsdNote"));
        var done = await psd.PostFormAsync(url, new() { ["Input.PsdNote"] = "Already published by the force", ["Input.Version"] = "0" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var all = await psd.GetPageAsync("/Investigations/Leaks?Status=");
        Assert.Contains("No case opened: Already published by the force", all.QuerySelector(".govuk-summary-card")!.TextContent);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(SuspectedLeakStatus.NoCaseOpened, (await check.SuspectedLeaks.SingleAsync()).Status);
    }

    [Fact]
    public async Task NoCase_IsCheckedBeforeItIsRecorded_ThenEndsOnAConfirmationThatRecordsNothingOnReload()
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Investigations/Leaks/NoCase/{leakId}";
        var fields = new Dictionary<string, string> { ["Input.PsdNote"] = "Already published by the force", ["Input.Version"] = "0" };

        var blank = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.PsdNote"] = " ", ["Input.Version"] = "0" }, $"{url}?handler=Check"));
        Assert.Equal("Enter why no case is opened", blank.FieldError("Input_PsdNote"));
        Assert.Null(blank.QuerySelector("#check"));

        var check = await PortalClient.ParseAsync(await psd.PostFormAsync(url, fields, $"{url}?handler=Check"));
        Assert.Equal("Already published by the force", check.QuerySelector("#check-note")!.TextContent);
        Assert.Equal(url, check.QuerySelector("#record-form")!.GetAttribute("action"));
        Assert.Equal("Already published by the force", check.QuerySelector("#record-form input[name='Input.PsdNote']")!.GetAttribute("value"));
        Assert.Null(check.QuerySelector("#no-case-form"));
        var change = await PortalClient.ParseAsync(await psd.PostFormAsync(url, fields, $"{url}?handler=Change"));
        Assert.Equal("Already published by the force", change.QuerySelector("#Input_PsdNote")!.TextContent.Trim());
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Equal(SuspectedLeakStatus.AwaitingPsd, (await db.SuspectedLeaks.SingleAsync()).Status);
        }

        var done = await psd.PostFormAsync(url, fields, check.QuerySelector("#record-form")!.GetAttribute("action")!);

        Assert.Equal($"/Investigations/Leaks/NoCaseRecorded/{leakId}", done.Headers.Location!.OriginalString);
        var panel = await psd.GetPageAsync(done.Headers.Location!.OriginalString);
        Assert.Equal($"SL-{leakId:D6}", panel.QuerySelector("#reference")!.TextContent);
        Assert.Equal("No more flags await PSD's answer.", panel.QuerySelector("#awaiting")!.TextContent);
        Assert.Null(panel.QuerySelector("main form[method='post']"));
        await psd.GetPageAsync(done.Headers.Location!.OriginalString);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var leak = await db.SuspectedLeaks.SingleAsync();
            Assert.Equal((SuspectedLeakStatus.NoCaseOpened, "Already published by the force", 1), (leak.Status, leak.PsdNote, leak.Version));
        }

        var pressOffice = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        Assert.Equal(HttpStatusCode.Forbidden, (await pressOffice.GetAsync(done.Headers.Location!.OriginalString)).StatusCode);
    }

    [Fact]
    public async Task NoCase_FromAList_GoesBackToTheSameList_AndReturnsToItWhenRecorded()
    {
        var (factory, leakId, _) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        // Every flag, chosen on the list: its links keep the choice, "All", which an empty value would lose.
        var all = await psd.GetPageAsync("/Investigations/Leaks?Status=All");
        Assert.Equal("All", all.QuerySelector("input[name=Status]:checked")!.GetAttribute("value"));
        var noCase = all.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h is not null && h.StartsWith("/Investigations/Leaks/NoCase/"))!;
        Assert.Equal($"/Investigations/Leaks/NoCase/{leakId}?Status=All", noCase);
        var page = await psd.GetPageAsync(noCase);
        Assert.Equal("/Investigations/Leaks?Status=All", page.QuerySelector("a.govuk-back-link")!.GetAttribute("href"));

        var done = await psd.PostFormAsync(noCase, new() { ["Input.PsdNote"] = "Already published by the force", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/Investigations/Leaks/NoCaseRecorded/{leakId}?Status=All", done.Headers.Location!.OriginalString);
        var panel = await psd.GetPageAsync(done.Headers.Location!.OriginalString);
        Assert.Equal("/Investigations/Leaks?Status=All", panel.QuerySelector("#back-to-list")!.GetAttribute("href"));

        // From the default list (awaiting PSD) the address stays plain; a value edited by hand is dropped.
        Assert.Equal("/Investigations/Leaks", (await psd.GetPageAsync($"/Investigations/Leaks/NoCase/{leakId}?Status=Nonsense&pageNumber=x")).QuerySelector("a.govuk-back-link")!.GetAttribute("href"));
        Assert.Equal("Select which flags to show", (await psd.GetPageAsync("/Investigations/Leaks?Status=Nonsense")).FieldError("Status"));
    }

    [Fact]
    public async Task AnotherForcesFlag_IsNotFound_AndNotListed()
    {
        var (factory, leakId, _) = await FlaggedAsync("officer.thames-valley");
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        Assert.Equal(HttpStatusCode.NotFound, (await psd.GetAsync($"/Investigations/Open?leakId={leakId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await psd.PostFormAsync("/Investigations/Open", new()
            { ["Input.LeakId"] = leakId.ToString(), ["Input.Category"] = "Other", ["Input.Origin"] = "Other", ["Input.OpenedOn"] = "2026-01-01", ["Input.Summary"] = "x" })).StatusCode);
        Assert.Equal("0 flags", (await psd.GetPageAsync("/Investigations/Leaks")).QuerySelector("#result-count")!.TextContent);
        var contacts = await psd.GetPageAsync($"/Investigations/Contacts?Outlet=Evening&From={Contacted.AddDays(-1):yyyy-MM-dd}&To={Contacted:yyyy-MM-dd}");
        Assert.Equal("0 contacts", contacts.QuerySelector("#result-count")!.TextContent);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.Investigations.ToListAsync());
    }

    [Fact]
    public async Task Contacts_ListsWhoSpokeToTheOutletInThePeriod_AndIsAudited()
    {
        var (factory, _, contactId) = await FlaggedAsync();
        await using var _f = factory;
        int earlier, otherOutlet;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            earlier = (await SuspectedLeakData.ContactAsync(db, "manager.cumbria", "Sam Columnist", "Evening Gazette", Contacted.AddDays(-40))).Id;
            otherOutlet = (await SuspectedLeakData.ContactAsync(db, "staff.cumbria", "Jo Reporter", "Morning Post", Contacted)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await psd.GetPageAsync($"/Investigations/Contacts?Outlet=Evening&From={Contacted.AddDays(-30):yyyy-MM-dd}&To={Contacted:yyyy-MM-dd}");
        var byJournalist = await psd.GetPageAsync($"/Investigations/Contacts?Journalist=Jo&From={Contacted.AddDays(-30):yyyy-MM-dd}&To={Contacted:yyyy-MM-dd}");

        var row = Assert.Single(page.QuerySelectorAll("#contacts tbody tr"));
        Assert.Equal(contactId.ToString(), row.GetAttribute("data-id"));
        Assert.Contains("Arrest after the town centre disorder", row.TextContent);
        Assert.Contains("Phone", row.TextContent);
        Assert.Equal([contactId.ToString(), otherOutlet.ToString()], byJournalist.QuerySelectorAll("#contacts tbody tr").Select(r => r.GetAttribute("data-id")!));
        Assert.DoesNotContain(page.QuerySelectorAll("#contacts tbody tr"), r => r.GetAttribute("data-id") == earlier.ToString());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var reads = await check.AuditEvents.Where(e => e.EntityType == "MediaContactListing" && e.Action == AuditAction.Read).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.Contains("outlet Evening", reads[0].Justification);
    }

    [Fact]
    public async Task Contacts_WithoutJournalistOrOutletOrWithABackwardsPeriod_ListsNothing()
    {
        var (factory, _, _) = await FlaggedAsync();
        await using var _f = factory;
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var nothing = await psd.GetPageAsync("/Investigations/Contacts?From=2026-01-01&To=2026-02-01");
        var backwards = await psd.GetPageAsync("/Investigations/Contacts?Outlet=Evening&From=2026-02-01&To=2026-01-01&Journalist=");
        var badDate = await psd.GetPageAsync("/Investigations/Contacts?Outlet=Evening&From=2026-02-31&To=2026-03-01");

        Assert.Equal("Enter the journalist's name or the outlet, or both", nothing.FieldError("Journalist"));
        Assert.Equal("The last day must be the same as or after the first day", backwards.FieldError("To"));
        Assert.Equal("From date must be a real date", badDate.FieldError("From"));
        Assert.Null(nothing.QuerySelector("#contacts"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == "MediaContactListing"));
    }
}
