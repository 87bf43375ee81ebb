using System.Net;
using System.Text.RegularExpressions;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

public class CasePagesTests
{
    private static readonly string[] Pages =
        ["/Investigations", "/Investigations/Open", "/Investigations/Staffing", "/Investigations/Figures"];

    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("manager.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("procurement.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("admin.cumbria")]
    [InlineData("admin")]
    [InlineData("inspector")]
    public async Task EveryCasePage_RefusesEveryRoleButPsd(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
        }

        var client = await PortalClient.SignInAsync(factory, userName);

        foreach (var url in Pages.Append(CaseData.Url(id)).Append($"/Investigations/Opened/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        foreach (var step in CaseData.Steps)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(CaseData.Step(id, step))).StatusCode);
            var post = await client.PostFormAsync(CaseData.Step(id, step), new() { ["Log.Text"] = "x", ["Close.Outcome"] = "Misconduct", ["Close.ClosedOn"] = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Investigation) && e.Action != AuditAction.Created));
        Assert.Empty(await check.InvestigationLogEntries.ToListAsync());
    }

    [Fact]
    public async Task PsdOfAnotherForce_GetsNotFound_AndChangesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "thames-valley")).Id;
        }

        var cumbria = await PortalClient.SignInAsync(factory, "psd.cumbria");

        Assert.Equal(HttpStatusCode.NotFound, (await cumbria.GetAsync(CaseData.Url(id))).StatusCode);
        Assert.Equal("0 cases", (await cumbria.GetPageAsync("/Investigations")).QuerySelector("#result-count")!.TextContent);
        foreach (var step in CaseData.Steps)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await cumbria.GetAsync(CaseData.Step(id, step))).StatusCode);
            var post = await cumbria.PostFormAsync("/Investigations", new()
            {
                ["Close.ClosedOn"] = "2026-01-01", ["Close.Outcome"] = "Misconduct", ["Close.Version"] = "0", ["Continuing.Version"] = "0",
                ["Log.EntryOn"] = "2026-01-01", ["Log.Text"] = "From another force", ["Person.Number"] = "1", ["Link.Kind"] = "GiftDeclaration", ["Link.Reference"] = "1",
            }, postUrl: CaseData.Step(id, step));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(InvestigationStatus.Open, (await check.Investigations.SingleAsync(i => i.Id == id)).Status);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Investigation) && e.EntityId == id.ToString() && e.Action != AuditAction.Created));
        Assert.Empty(await check.InvestigationLogEntries.ToListAsync());
    }

    [Fact]
    public async Task AlliancePsd_SeesTheOtherAllianceForcesCases_WithAForceFilter()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "west-mercia", summary: "Mercia leak")).Id;
            await CaseData.OpenAsync(db, "cumbria", summary: "Cumbria leak");
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var list = await psd.GetPageAsync("/Investigations");

        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Contains("Mercia leak", row.TextContent);
        Assert.NotNull(list.QuerySelector("#Filter_ForceId"));
        Assert.Contains("West Mercia Police", (await psd.GetPageAsync(CaseData.Url(id))).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AlliancePsd_ListsBothForcesCases_NewestFirst_OnEachPage()
    {
        // The two forces' cases interleave by date, and page 2 goes on where page 1 stopped.
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            for (var n = 0; n < 30; n++)
            {
                await CaseData.OpenAsync(db, "west-mercia", daysAgo: 2 * n + 1, summary: $"Mercia case {2 * n + 1}");
                await CaseData.OpenAsync(db, "warwickshire", daysAgo: 2 * n + 2, summary: $"Warwickshire case {2 * n + 2}");
            }

            await CaseData.OpenAsync(db, "cumbria", daysAgo: 0, summary: "Cumbria case");
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var first = await psd.GetPageAsync("/Investigations");
        var second = await psd.GetPageAsync("/Investigations?pageNumber=2");

        static int[] DaysAgo(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("tbody tr").Select(r => int.Parse(Regex.Match(r.TextContent, @"case (\d+)").Groups[1].Value)).ToArray();
        Assert.Equal("60 cases", first.QuerySelector("#result-count")!.TextContent);
        Assert.Equal(Enumerable.Range(1, 50), DaysAgo(first));
        Assert.Equal(Enumerable.Range(51, 10), DaysAgo(second));
    }

    [Fact]
    public async Task EveryViewOfACase_IsRecordedAsAConsultation()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        await psd.GetPageAsync(CaseData.Url(id));
        await psd.GetPageAsync(CaseData.Url(id));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var reads = await check.AuditEvents.Where(e => e.EntityType == nameof(Investigation) && e.EntityId == id.ToString() && e.Action == AuditAction.Read).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, e => Assert.Equal("psd.cumbria", e.UserName));
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == "InvestigationList"));
        await psd.GetPageAsync("/Investigations");
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == "InvestigationList" && e.Action == AuditAction.Read && e.UserName == "psd.cumbria"));
    }

    [Fact]
    public async Task Open_WithBadInput_ShowsMessagesBesideTheFields_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.PostFormAsync("/Investigations/Open", new()
        {
            ["Input.Category"] = "99", ["Input.Origin"] = "", ["Input.OpenedOn"] = "2099-01-01", ["Input.Summary"] = "A summary kept as typed",
        });
        var page = await PortalClient.ParseAsync(response);
        var empty = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Open", new() { ["Input.OpenedOn"] = "31/02/2026" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Select the category of the case", page.FieldError("Input_Category"));
        Assert.Equal("Select how the case arose", page.FieldError("Input_Origin"));
        Assert.Equal("A summary kept as typed", page.QuerySelector("#Input_Summary")!.TextContent.Trim());
        Assert.Equal("Enter a summary of the case", empty.FieldError("Input_Summary"));
        Assert.Equal("Date opened must be a real date", empty.FieldError("Input_OpenedOn"));
        Assert.Contains("Select the category of the case", page.ErrorSummary());
        var future = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Open", new()
            { ["Input.Category"] = "Other", ["Input.Origin"] = "Audit", ["Input.OpenedOn"] = "2099-01-01", ["Input.Summary"] = "x" }));
        Assert.Equal("The date opened must be today or in the past", future.FieldError("Input_OpenedOn"));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.Investigations.ToListAsync());
    }

    [Fact]
    public async Task Open_CreatesANumberedCaseAndShowsIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var response = await psd.PostFormAsync("/Investigations/Open", new()
            { ["Input.Category"] = "SocialMediaConduct", ["Input.Origin"] = "ExternalResearchReferral", ["Input.OpenedOn"] = today, ["Input.Summary"] = "Facebook post" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A confirmation panel with the reference and what happens next, then the case.
        var panel = await psd.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal("Case opened", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal($"INV-{DateTime.UtcNow.Year}-0001", panel.QuerySelector("#reference")!.TextContent);
        Assert.DoesNotContain("suspected leak", panel.QuerySelector("#next")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(panel.QuerySelector("main form[method=post]"));
        var page = await psd.GetPageAsync(panel.QuerySelector("#go-to-case")!.GetAttribute("href")!);
        Assert.Equal("Social media conduct", page.QuerySelector("#category")!.TextContent);
        Assert.Equal("External research referral", page.QuerySelector("#origin")!.TextContent);
    }

    [Fact]
    public async Task Close_WithoutOutcomeOrBeforeOpening_IsRefusedBesideTheField_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        string openedOn;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var opened = await CaseData.OpenAsync(db, "cumbria", daysAgo: 10);
            (id, openedOn) = (opened.Id, opened.OpenedOn.ToString("yyyy-MM-dd"));
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var noOutcome = await PortalClient.ParseAsync(await psd.PostFormAsync(CaseData.Url(id),
            new() { ["Close.ClosedOn"] = openedOn, ["Close.Outcome"] = "", ["Close.Version"] = "0" }, CaseData.Step(id, "Close")));
        var tooEarly = await PortalClient.ParseAsync(await psd.PostFormAsync(CaseData.Url(id),
            new() { ["Close.ClosedOn"] = "2000-01-01", ["Close.Outcome"] = "Misconduct", ["Close.Version"] = "0" }, CaseData.Step(id, "Close")));

        Assert.Equal(InvestigationWorkflow.OutcomeRequired, noOutcome.FieldError("Close_Outcome"));
        Assert.StartsWith("The date closed must be on or after the date opened", tooEarly.FieldError("Close_ClosedOn"));
        Assert.Equal("Misconduct", tooEarly.QuerySelector("input[name='Close.Outcome'][checked]")!.GetAttribute("value"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var investigation = await check.Investigations.SingleAsync(i => i.Id == id);
        Assert.Equal((InvestigationStatus.Open, (InvestigationOutcome?)null), (investigation.Status, investigation.Outcome));
    }

    [Fact]
    public async Task Close_AgainstAVersionSomeoneElseChanged_TellsTheUser_AndKeepsTheirChange()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
        }

        var first = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var second = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var version = (await second.GetPageAsync(CaseData.Step(id, "Close"))).QuerySelector("input[name='Close.Version']")!.GetAttribute("value")!;
        var continuing = await first.PostFormAsync(CaseData.Url(id), new() { ["Continuing.Version"] = version }, CaseData.Step(id, "MarkContinuing"));
        Assert.Equal(HttpStatusCode.Redirect, continuing.StatusCode);

        var stale = await PortalClient.ParseAsync(await second.PostFormAsync(CaseData.Url(id),
            new() { ["Close.ClosedOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Close.Outcome"] = "NoCaseToAnswer", ["Close.Version"] = version }, CaseData.Step(id, "Close")));

        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, stale.ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(InvestigationStatus.Continuing, (await check.Investigations.SingleAsync(i => i.Id == id)).Status);
    }

    [Fact]
    public async Task Close_ThenLogEntryIsRefused_ReopenAllowsIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var log = await psd.PostFormAsync(CaseData.Url(id), new() { ["Log.EntryOn"] = today, ["Log.Text"] = "Officer interviewed" }, CaseData.Step(id, "AddToLog"));
        var close = await psd.PostFormAsync(CaseData.Url(id), new() { ["Close.ClosedOn"] = today, ["Close.Outcome"] = "ManagementAction", ["Close.Version"] = "0" }, CaseData.Step(id, "Close"));
        var closed = await psd.GetPageAsync(CaseData.Url(id));
        var refused = await PortalClient.ParseAsync(await psd.PostFormAsync(CaseData.Url(id), new() { ["Log.EntryOn"] = today, ["Log.Text"] = "After closing" }, CaseData.Step(id, "AddToLog")));
        var noReason = await PortalClient.ParseAsync(await psd.PostFormAsync(CaseData.Url(id), new() { ["Reopen.Reason"] = "", ["Reopen.Version"] = "1" }, CaseData.Step(id, "Reopen")));
        var reopen = await psd.PostFormAsync(CaseData.Url(id), new() { ["Reopen.Reason"] = "Fresh evidence", ["Reopen.Version"] = "1" }, CaseData.Step(id, "Reopen"));

        Assert.Equal(HttpStatusCode.Redirect, log.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal("Closed", closed.QuerySelector("#status")!.TextContent);
        Assert.Contains("Management action", closed.QuerySelector("#outcome")!.TextContent);
        Assert.Null(closed.QuerySelector("#add-to-log"));
        Assert.Null(closed.QuerySelector("#close"));
        Assert.NotNull(closed.QuerySelector("#reopen"));
        Assert.Equal([InvestigationWorkflow.ClosedCase], refused.ErrorSummary());
        Assert.Equal("Enter why the case is reopened", noReason.FieldError("Reopen_Reason"));
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var entries = await check.InvestigationLogEntries.Where(e => e.InvestigationId == id).OrderBy(e => e.Id).Select(e => e.Text).ToListAsync();
        Assert.Equal("Officer interviewed", entries[0]);
        Assert.StartsWith("Reopened", entries[1]);
        Assert.Equal(2, entries.Count);
        Assert.Equal(InvestigationStatus.Open, (await check.Investigations.SingleAsync(i => i.Id == id)).Status);
    }

    [Fact]
    public async Task AddPersonAndLink_CheckTheCasesForce_AndShowMessagesBesideTheFields()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id, cumbriaGift, thamesValleyGift;
        string cumbriaNumber, thamesValleyNumber;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
            cumbriaGift = (await Gifts.GiftData.DeclareAsync(db, "officer.cumbria", "Lakes Hotel", 20_00)).Id;
            thamesValleyGift = (await Gifts.GiftData.DeclareAsync(db, "officer.thames-valley", "Thames Hotel", 20_00)).Id;
            cumbriaNumber = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Person!.Number).SingleAsync();
            thamesValleyNumber = await db.Users.Where(u => u.UserName == "officer.thames-valley").Select(u => u.Person!.Number).SingleAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        async Task<AngleSharp.Html.Dom.IHtmlDocument> Post(string handler, Dictionary<string, string> fields) =>
            await PortalClient.ParseAsync(await psd.PostFormAsync(CaseData.Step(id, handler), fields));

        var otherForcePerson = await Post("AddPerson", new() { ["Person.Number"] = thamesValleyNumber == cumbriaNumber ? "NO-SUCH" : thamesValleyNumber });
        var emptyPerson = await Post("AddPerson", new() { ["Person.Number"] = " " });
        var otherForceGift = await Post("LinkRecord", new() { ["Link.Kind"] = "GiftDeclaration", ["Link.Reference"] = $"GH-{thamesValleyGift:D6}" });
        var badReference = await Post("LinkRecord", new() { ["Link.Kind"] = "GiftDeclaration", ["Link.Reference"] = "last tuesday" });
        var notYet = await Post("LinkRecord", new() { ["Link.Kind"] = "ProcurementMatch", ["Link.Reference"] = "1" });

        Assert.Equal("There is no one with that number in the case's force", otherForcePerson.FieldError("Person_Number"));
        Assert.Equal("Enter the person's collar or staff number", emptyPerson.FieldError("Person_Number"));
        Assert.StartsWith("There is no gifts and hospitality declaration with that reference", otherForceGift.FieldError("Link_Reference"));
        Assert.Equal("Enter the reference as it is shown on the record, like GH-000123", badReference.FieldError("Link_Reference"));
        Assert.Equal("Select the kind of record", notYet.FieldError("Link_Kind"));
        await using (var check = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Empty(await check.InvestigationPeople.ToListAsync());
            Assert.Empty(await check.InvestigationLinks.ToListAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await psd.PostFormAsync(CaseData.Url(id), new() { ["Person.Number"] = cumbriaNumber }, CaseData.Step(id, "AddPerson"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await psd.PostFormAsync(CaseData.Url(id),
            new() { ["Link.Kind"] = "GiftDeclaration", ["Link.Reference"] = $"GH-{cumbriaGift:D6}" }, CaseData.Step(id, "LinkRecord"))).StatusCode);
        var page = await psd.GetPageAsync(CaseData.Url(id));
        Assert.Contains(cumbriaNumber, page.QuerySelector("#people")!.TextContent);
        Assert.Equal($"/Gifts/Register/View/{cumbriaGift}", page.QuerySelector("#links a")!.GetAttribute("href"));
        Assert.Contains("Lakes Hotel", page.QuerySelector("#links")!.TextContent);
    }

    [Fact]
    public async Task LinkBusinessInterest_SubmittedApplicationOfTheForceOnly_NotADraft()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var applicationId = await BusinessInterests.InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.cumbria"));
        int id, draftId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
            draftId = (await BusinessInterests.InterestData.DraftAsync(db, "staff.cumbria")).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var draft = await PortalClient.ParseAsync(await psd.PostFormAsync(CaseData.Url(id),
            new() { ["Link.Kind"] = "BusinessInterest", ["Link.Reference"] = $"BI-{draftId:D6}" }, CaseData.Step(id, "LinkRecord")));
        var submitted = await psd.PostFormAsync(CaseData.Url(id),
            new() { ["Link.Kind"] = "BusinessInterest", ["Link.Reference"] = $"BI-{applicationId:D6}" }, CaseData.Step(id, "LinkRecord"));

        Assert.NotNull(draft.FieldError("Link_Reference"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var page = await psd.GetPageAsync(CaseData.Url(id));
        Assert.Equal($"/BusinessInterests/Psd/Assess/{applicationId}", Assert.Single(page.QuerySelectorAll("#links a")).GetAttribute("href"));
    }

    [Fact]
    public async Task List_FiltersByCategoryAndStatus_AndRefusesABackwardsPeriod()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await CaseData.OpenAsync(db, "cumbria", InvestigationCategory.Procurement, summary: "Split quotes");
            await CaseData.OpenAsync(db, "cumbria", InvestigationCategory.InappropriateDisclosureToMedia, summary: "Leak");
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var procurement = await psd.GetPageAsync("/Investigations?Filter.Category=Procurement&Filter.Status=Open");
        var backwards = await psd.GetPageAsync("/Investigations?Filter.OpenedFrom=2026-02-01&Filter.OpenedTo=2026-01-01");
        var tampered = await psd.GetPageAsync("/Investigations?Filter.Category=42");

        Assert.Contains("Split quotes", Assert.Single(procurement.QuerySelectorAll("tbody tr")).TextContent);
        Assert.Equal("The 'to' date must be the same as or after the 'from' date", backwards.FieldError("Filter_OpenedTo"));
        Assert.Null(backwards.QuerySelector("#result-count"));
        Assert.Equal("Choose a category from the list", tampered.FieldError("Filter_Category"));
    }

    [Fact]
    public async Task TheCasePage_LinksToEachStepTheCaseAllows_AndEachStepHasItsOwnPageAndTitle()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        Core.Investigations.Investigation opened;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            opened = await CaseData.OpenAsync(db, "cumbria");
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var casePage = await psd.GetPageAsync(CaseData.Url(opened.Id));
        var offered = casePage.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Empty(casePage.QuerySelectorAll("main form"));

        var titles = new List<string>();
        foreach (var step in CaseData.Steps.Where(s => s != "Reopen"))
        {
            Assert.Contains(CaseData.Step(opened.Id, step), offered);
            var page = await psd.GetPageAsync(CaseData.Step(opened.Id, step));
            Assert.NotNull(page.QuerySelector("main form[method='post']"));
            Assert.Contains(opened.Reference, page.Title);
            Assert.Equal(CaseData.Url(opened.Id), page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
            titles.Add(page.Title!);
        }

        Assert.DoesNotContain(CaseData.Step(opened.Id, "Reopen"), offered);
        var reopen = await psd.GetPageAsync(CaseData.Step(opened.Id, "Reopen"));
        Assert.Null(reopen.QuerySelector("main form[method='post']"));
        Assert.Equal($"{InvestigationWorkflow.NotClosed}.", reopen.QuerySelector("#not-offered")!.TextContent);
        titles.Add(reopen.Title!);
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public async Task AddToLog_WithBadInput_ShowsMessagesBesideTheFields_KeepsTheText_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria", daysAgo: 10)).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = CaseData.Step(id, "AddToLog");
        var noText = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Log.EntryOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Log.Text"] = " " }));
        var badDate = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Log.EntryOn.Day"] = "31", ["Log.EntryOn.Month"] = "2", ["Log.EntryOn.Year"] = "2026", ["Log.Text"] = "Interview arranged" }));
        var beforeOpening = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Log.EntryOn"] = DateTime.UtcNow.AddDays(-12).ToString("yyyy-MM-dd"), ["Log.Text"] = "Interview arranged" }));

        Assert.Equal("Enter the log entry", noText.FieldError("Log_Text"));
        Assert.Contains("Enter the log entry", noText.ErrorSummary());
        Assert.StartsWith("Error:", noText.Title);
        Assert.Equal("Date of the entry must be a real date", badDate.FieldError("Log_EntryOn"));
        Assert.Equal("Interview arranged", badDate.QuerySelector("#Log_Text")!.TextContent.Trim());
        Assert.StartsWith("The date must be on or after the date the case was opened", beforeOpening.FieldError("Log_EntryOn"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.InvestigationLogEntries.ToListAsync());
    }

    [Fact]
    public async Task MarkContinuing_TakesTheStepOnce_ThenTheCasePageNoLongerOffersIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await CaseData.OpenAsync(db, "cumbria")).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = CaseData.Step(id, "MarkContinuing");
        var version = (await psd.GetPageAsync(url)).QuerySelector("input[name='Continuing.Version']")!.GetAttribute("value")!;
        var done = await psd.PostFormAsync(url, new() { ["Continuing.Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var casePage = await psd.GetPageAsync(done.Headers.Location!.ToString());
        var again = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Continuing.Version"] = version }));

        Assert.Equal("Continuing", casePage.QuerySelector("#status")!.TextContent);
        Assert.Contains("Case marked as continuing", casePage.QuerySelector("#confirmation")!.TextContent);
        Assert.Null(casePage.QuerySelector("#mark-continuing"));
        Assert.NotNull(casePage.QuerySelector("#close"));
        Assert.Contains("This case is already marked as continuing", again.ErrorSummary());
        Assert.Null(again.QuerySelector("main form[method='post']"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.EntityType == nameof(Investigation) && e.EntityId == id.ToString() && e.Action == AuditAction.Transition));
    }
}
