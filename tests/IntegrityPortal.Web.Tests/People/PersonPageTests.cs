using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.BusinessInterests;
using IntegrityPortal.Web.Tests.Gifts;
using IntegrityPortal.Web.Tests.Investigations;
using IntegrityPortal.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.People;

/// <summary>
/// PSD's page on one person: what each register holds on them, with a link to each record,
/// one read event per view, and force isolation (another force's person is not found, other
/// roles are refused, the alliance PSD sees both alliance forces' people).
/// </summary>
public class PersonPageTests
{
    private static async Task<int> PersonIdAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId!.Value).SingleAsync();
    }

    private static IReadOnlyList<string> Links(AngleSharp.Html.Dom.IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"#{table} tbody a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task ShowsTheirRecordsOfEveryRegister_WithLinks_AndNoOneElses()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int gift, othersGift, interest, draft, contact, caseId, otherCase;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            gift = (await GiftData.DeclareAsync(db, "staff.cumbria", "Lakeland Catering", 45_00, daysAgo: 3)).Id;
            othersGift = (await GiftData.DeclareAsync(db, "officer.cumbria", "Lakeland Catering", 45_00)).Id;
            var submitted = await InterestData.SubmittedAsync(db, "staff.cumbria");
            interest = submitted.Id;
            draft = (await DraftAsync(db, submitted)).Id;
            contact = (await MediaData.LogAsync(db, "staff.cumbria", subject: "Road closure appeal")).Id;
            var investigation = await CaseData.OpenAsync(db, "cumbria", summary: "Disclosure to a reporter");
            var staffId = await db.Users.Where(u => u.UserName == "staff.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
            await new InvestigationWorkflow(db).AddPersonAsync(investigation, staffId);
            await db.SaveChangesAsync();
            caseId = investigation.Id;
            otherCase = (await CaseData.OpenAsync(db, "cumbria", summary: "Someone else's case")).Id;
        }

        var person = await PersonIdAsync(factory, "staff.cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await psd.GetPageAsync($"/People/View/{person}");

        Assert.Contains(await NameAsync(factory, person), page.QuerySelector("h1")!.TextContent);
        Assert.Equal([$"/Gifts/Register/View/{gift}"], Links(page, "gifts"));
        Assert.Equal([$"/BusinessInterests/Psd/Assess/{interest}"], Links(page, "interests"));
        Assert.Equal([$"/Media/Office/View/{contact}"], Links(page, "contacts"));
        Assert.Equal([$"/Investigations/View/{caseId}"], Links(page, "cases"));
        Assert.Contains("Not authorised", page.QuerySelector("#contacts")!.TextContent);
        Assert.Equal("1 declaration.", page.QuerySelector("#gifts-count")!.TextContent.Trim());
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain($"/Gifts/Register/View/{othersGift}\"", html);
        Assert.DoesNotContain($"/BusinessInterests/Psd/Assess/{draft}\"", html);
        Assert.DoesNotContain($"/Investigations/View/{otherCase}\"", html);

        // Each linked record opens for PSD.
        foreach (var link in new[] { "gifts", "interests", "contacts", "cases" }.SelectMany(t => Links(page, t)))
        {
            Assert.Equal(HttpStatusCode.OK, (await psd.GetAsync(link)).StatusCode);
        }
    }

    [Fact]
    public async Task ASection_ShowsTheNewestRecords_AndCountsTheRestInTheDatabase()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var newest = 0;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            for (var i = Web.Pages.People.PersonRecord.SectionSize + 1; i >= 1; i--)
            {
                newest = (await GiftData.DeclareAsync(db, "staff.cumbria", "Lakeland Catering", 10_00, daysAgo: i)).Id;
            }
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await psd.GetPageAsync($"/People/View/{await PersonIdAsync(factory, "staff.cumbria")}");

        var links = Links(page, "gifts");
        Assert.Equal(Web.Pages.People.PersonRecord.SectionSize, links.Count);
        Assert.Equal($"/Gifts/Register/View/{newest}", links[0]);
        Assert.Equal("The 20 most recent of 21 declarations.", page.QuerySelector("#gifts-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task EachView_IsRecordedAsAReadOfThePersonsIntegrityRecord()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var person = await PersonIdAsync(factory, "officer.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");
        var psd = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var before = await db.AuditEvents.MaxAsync(e => e.Id);

        await psd.GetPageAsync($"/People/View/{person}");
        await psd.GetPageAsync($"/People/View/{person}");

        var reads = await db.AuditEvents.Where(e => e.Id > before && e.Action == AuditAction.Read).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, e =>
        {
            Assert.Equal(Web.Pages.People.PersonRecord.AuditEntityType, e.EntityType);
            Assert.Equal(person.ToString(), e.EntityId);
            Assert.Equal(cumbria, e.RecordForceId);
            Assert.Equal("head-of-psd.cumbria", e.UserName);
        });
    }

    [Fact]
    public async Task OtherRolesAreRefused_AnotherForcesPsdFindsNothing_AndTheAlliancePsdSeesBothForces()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbrian = await PersonIdAsync(factory, "officer.cumbria");
        var westMercian = await PersonIdAsync(factory, "officer.west-mercia");

        foreach (var role in new[] { "officer.cumbria", "manager.cumbria", "press-office.cumbria", "dcc.cumbria", "pcc.cumbria", "admin.cumbria", "inspector" })
        {
            var client = await PortalClient.SignInAsync(factory, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/People/View/{cumbrian}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/People?Name=a")).StatusCode);
        }

        var otherPsd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Equal(HttpStatusCode.NotFound, (await otherPsd.GetAsync($"/People/View/{cumbrian}")).StatusCode);
        var cumbriaPsd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await cumbriaPsd.GetAsync($"/People/View/{westMercian}")).StatusCode);

        var alliancePsd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var page = await alliancePsd.GetPageAsync($"/People/View/{westMercian}");
        Assert.Contains("West Mercia", page.QuerySelector("h1 .govuk-caption-l")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await alliancePsd.GetAsync($"/People/View/{cumbrian}")).StatusCode);
    }

    [Fact]
    public async Task Search_FindsPeopleOfTheUsersForcesByNameOrNumber_AndAsksForSomethingToSearch()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbrian = await PersonIdAsync(factory, "officer.cumbria");
        var westMercian = await PersonIdAsync(factory, "officer.west-mercia");
        string cumbrianFamily, cumbrianNumber, westMercianFamily;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            (cumbrianFamily, cumbrianNumber) = await db.People.Where(p => p.Id == cumbrian).Select(p => ValueTuple.Create(p.FamilyName, p.Number)).SingleAsync();
            westMercianFamily = await db.People.Where(p => p.Id == westMercian).Select(p => p.FamilyName).SingleAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.Null((await psd.GetPageAsync("/People")).QuerySelector("#result-count"));
        Assert.Contains($"/People/View/{cumbrian}", ResultLinks(await psd.GetPageAsync($"/People?Name={Uri.EscapeDataString(cumbrianFamily)}")));
        Assert.Contains($"/People/View/{cumbrian}", ResultLinks(await psd.GetPageAsync($"/People?Name={Uri.EscapeDataString(cumbrianNumber)}")));
        Assert.DoesNotContain($"/People/View/{westMercian}", ResultLinks(await psd.GetPageAsync($"/People?Name={Uri.EscapeDataString(westMercianFamily)}")));

        var empty = await psd.GetPageAsync("/People?Name=");
        Assert.Equal(Web.Pages.People.IndexModel.SearchNeeded, empty.FieldError("Name"));
        Assert.Contains(Web.Pages.People.IndexModel.SearchNeeded, empty.ErrorSummary());

        var alliancePsd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.Contains($"/People/View/{westMercian}", ResultLinks(await alliancePsd.GetPageAsync($"/People?Name={Uri.EscapeDataString(westMercianFamily)}")));
    }

    [Fact]
    public async Task PsdOpensThePerson_FromTheRegister_TheMediaLog_TheCase_AndTheApplication()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int gift, contact, caseId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            gift = (await GiftData.DeclareAsync(db, "staff.cumbria", "Lakeland Catering", 45_00)).Id;
            contact = (await MediaData.LogAsync(db, "staff.cumbria")).Id;
            var investigation = await CaseData.OpenAsync(db, "cumbria");
            await new InvestigationWorkflow(db).AddPersonAsync(investigation, await db.Users.Where(u => u.UserName == "staff.cumbria").Select(u => u.PersonId!.Value).SingleAsync());
            await db.SaveChangesAsync();
            caseId = investigation.Id;
        }

        var href = $"/People/View/{await PersonIdAsync(factory, "staff.cumbria")}";
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.Contains(href, AllLinks(await psd.GetPageAsync("/Gifts/Register")));
        Assert.Contains(href, AllLinks(await psd.GetPageAsync($"/Gifts/Register/View/{gift}")));
        Assert.Contains(href, AllLinks(await psd.GetPageAsync("/Media/Office")));
        Assert.Contains(href, AllLinks(await psd.GetPageAsync($"/Media/Office/View/{contact}")));
        Assert.Contains(href, AllLinks(await psd.GetPageAsync(CaseData.Url(caseId))));

        // The press office reads the same log but cannot open the person page: no link is offered.
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        Assert.DoesNotContain(href, AllLinks(await press.GetPageAsync("/Media/Office")));
        Assert.DoesNotContain(href, AllLinks(await press.GetPageAsync($"/Media/Office/View/{contact}")));
    }

    /// <summary>A second application by the same person, left as a draft: theirs alone, not shown to PSD.</summary>
    private static async Task<BusinessInterest> DraftAsync(Core.Data.IntegrityDbContext db, BusinessInterest submitted)
    {
        var person = await db.People.SingleAsync(p => p.Id == submitted.ApplicantId);
        var draft = await new BusinessInterestWorkflow(db).CreateDraftAsync(person, new InterestDetails
        {
            Kind = InterestKind.OwnBusiness,
            OrganisationId = submitted.OrganisationId,
            Sector = WorkSector.General,
            Work = "Repairing bicycles",
            HoursPerWeek = 2,
            WhenHoursFall = "Weekends",
            ContractedHoursPerWeek = 40,
            PayBand = PayBand.UpTo5000,
            InsideForceArea = false,
            StartDate = new DateOnly(2027, 1, 1),
            UsesPoliceSkills = false,
            OrganisationSuppliesForce = false,
        });
        await db.SaveChangesAsync();
        return draft;
    }

    // The person's address without the search it carries (PeopleListStateTests covers that).
    private static IReadOnlyList<string> ResultLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#people tbody a").Select(a => a.GetAttribute("href")!.Split('?')[0]).ToList();

    private static IReadOnlyList<string> AllLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

    private static async Task<string> NameAsync(PortalFactory factory, int personId)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return (await db.People.SingleAsync(p => p.Id == personId)).NameAndRankOrGrade;
    }
}
