using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.BusinessInterests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Audit;

/// <summary>
/// Every page that shows a person's integrity record writes exactly one read event per view,
/// with what was asked for (the filter, or the record). The pages are listed here, and a
/// second test fails when a page is added to a folder that holds such records without being
/// put on the list, or on the list of pages that show no person's record.
/// </summary>
public class SensitiveReadTests
{
    /// <summary>Pages of these folders (or these pages) show other people's declarations, applications, contacts, cases or the trail itself.</summary>
    private static readonly string[] SensitiveFolders =
        ["/Audit", "/Gifts/Team", "/Gifts/Register", "/BusinessInterests/Psd", "/BusinessInterests/Decisions", "/BusinessInterests/Team", "/Investigations", "/Media/Office", "/People",
         "/Procurement/Matches", "/Procurement/Cards", "/Procurement/Meetings", "/Policies/Team", "/Policies/Manage/Compliance"];

    /// <summary>The pages that show people's records, each checked by <see cref="EachView_WritesOneReadEvent"/>.</summary>
    private static readonly string[] Audited =
    [
        "/Audit/Index", "/Gifts/Team/Index", "/Gifts/Team/Decide", "/Gifts/Team/Decided", "/Gifts/Register/Index", "/Gifts/Register/View", "/Gifts/Register/BulkReview", "/Gifts/Register/Decided",
        "/BusinessInterests/Psd/Index", "/BusinessInterests/Psd/Reviews", "/BusinessInterests/Psd/Refusals",
        "/BusinessInterests/Psd/Assess", "/BusinessInterests/Psd/Review",
        "/BusinessInterests/Decisions/Index", "/BusinessInterests/Decisions/Appeals", "/BusinessInterests/Decisions/Decide", "/BusinessInterests/Decisions/Appeal",
        "/BusinessInterests/Decisions/Decided", "/BusinessInterests/Decisions/AppealDecided", "/BusinessInterests/Team/Index", "/BusinessInterests/Team/View",
        "/Investigations/Index", "/Investigations/View", "/Investigations/Contacts", "/Investigations/Leaks/Index", "/Investigations/Leaks/NoCase",
        "/Media/Office/Index", "/Media/Office/View", "/Media/Office/Flags", "/Media/Office/BulkAcknowledge",
        "/People/Index", "/People/View",
        "/Procurement/Matches/Index", "/Procurement/Matches/View", "/Procurement/Cards/Index", "/Procurement/Meetings/Pack", "/Policies/Team", "/Policies/Manage/Compliance",
    ];

    /// <summary>Pages of those folders that show no person's record, and why.</summary>
    private static readonly Dictionary<string, string> NotAPersonsRecord = new()
    {
        ["/Gifts/Register/Export"] = "a download, recorded as an export (see ExportAuditTests)",
        ["/Media/Office/Export"] = "a download, recorded as an export",
        ["/Media/Office/FlagArticle"] = "a form to flag an article; shows no contact",
        ["/Media/Office/Flagged"] = "a confirmation: the flag's reference and what was flagged, no one's record",
        ["/BusinessInterests/Psd/Figures"] = "counts only",
        ["/Investigations/Figures"] = "counts only",
        ["/Investigations/Staffing"] = "the unit's staffing figures",
        ["/Investigations/Open"] = "an empty form; a case is read on its own page",
        ["/Investigations/Leaks/NoCaseRecorded"] = "a confirmation showing the flag's reference only; the flag is read on its own page",
        ["/Investigations/Opened"] = "a confirmation showing the case's reference only; the case is read on its own page",
        ["/Investigations/AddPerson"] = "a form on one case, showing its reference only; the case is read on its own page",
        ["/Investigations/LinkRecord"] = "a form on one case, showing its reference only; the case is read on its own page",
        ["/Investigations/AddToLog"] = "a form on one case, showing its reference only; the case is read on its own page",
        ["/Investigations/Close"] = "a form on one case, showing its reference only; the case is read on its own page",
        ["/Investigations/MarkContinuing"] = "a form on one case, showing its reference only; the case is read on its own page",
        ["/Investigations/Reopen"] = "a form on one case, showing its reference only; the case is read on its own page",
        ["/Procurement/Cards/Add"] = "an empty form; transactions are read on the list",
        ["/Procurement/Cards/Added"] = "a confirmation: the transaction's reference, date, merchant and amount, not its card holder; transactions are read on the list",
        ["/Procurement/Cards/Import"] = "a form to upload a statement; lists only the file's own rows",
        ["/Procurement/Matches/Merge"] = "a form on one match naming its two organisations only; the match is read on its own page",
        ["/Procurement/Matches/MergeCheck"] = "the two organisations' names and counts of what moves; no person's record",
        ["/Procurement/Meetings/Index"] = "the quarters and whether each meeting is recorded and signed off; no person's record",
        ["/Procurement/Meetings/Record"] = "a form for the meeting's record; the pack is read on its own page",
        ["/Procurement/Meetings/SignOff"] = "the meeting's record (attendees and actions) for sign-off; the pack is read on its own page",
    };

    [Fact]
    public async Task EveryPageOfTheSensitiveFolders_IsListed()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Where(p => SensitiveFolders.Any(f => p == f || p.StartsWith(f + "/", StringComparison.Ordinal)))
            .Distinct()
            .Order()
            .ToList();

        Assert.NotEmpty(pages);
        var unlisted = pages.Where(p => !Audited.Contains(p) && !NotAPersonsRecord.ContainsKey(p)).ToList();
        Assert.Empty(unlisted);
    }

    [Fact]
    public async Task EachView_WritesOneReadEvent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var giftAwaitingManager = await DeclareAsync(officer, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=120");
        var interestAwaitingManager = await InterestData.SubmitAsync(officer);
        var giftDecidedByManager = await DeclareAsync(officer, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=130");
        var decided = await (await PortalClient.SignInAsync(factory, "manager.cumbria"))
            .PostFormAsync($"/Gifts/Team/Decide/{giftDecidedByManager}", new() { ["Input.Decision"] = "approve", ["Input.Version"] = "0" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, decided.StatusCode);

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var leak = await SuspectedLeakData.FlagAsync(db,
            await SuspectedLeakData.ContactAsync(db, "officer.cumbria", "Sam Reporter", "Cumbria Evening Post", DateTime.UtcNow.AddDays(-3)));
        var gift = await db.GiftDeclarations.Where(d => d.ForceId == cumbria).Select(d => d.Id).FirstAsync();
        var (awaitingReview, awaitingReviewVersion) = await db.GiftDeclarations.Where(d => d.ForceId == cumbria && d.ReviewStatus == ReviewStatus.AwaitingReview)
            .Select(d => ValueTuple.Create(d.Id, d.Version)).FirstAsync();
        var contact = await db.MediaContacts.Where(c => c.ForceId == cumbria).Select(c => c.Id).FirstAsync();
        var contactVersion = await db.MediaContacts.Where(c => c.Id == contact).Select(c => c.Version).SingleAsync();
        var person = await db.People.Where(p => p.ForceId == cumbria).Select(p => p.Id).FirstAsync();
        var investigation = await db.Investigations.Where(i => i.ForceId == cumbria).Select(i => i.Id).FirstAsync();
        var match = await db.ProcurementMatches.Where(m => m.ForceId == cumbria).Select(m => m.Id).FirstAsync();
        var policyVersion = await db.PolicyVersions.Where(v => v.Policy!.ForceId == cumbria && !v.Policy.SharedWithAlliance && v.Status == PolicyVersionStatus.Published).Select(v => v.Id).FirstAsync();
        var settings = await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria);
        var decider = $"{settings.BusinessInterestDecisionMakerRole}.cumbria";
        var appellate = $"{settings.BusinessInterestAppellateRole}.cumbria";
        var withStatus = (InterestStatus status) => db.BusinessInterests.Where(b => b.ForceId == cumbria && b.Status == status).Select(b => b.Id).FirstAsync();
        var awaitingAssessment = await withStatus(InterestStatus.AwaitingAssessment);
        var approved = await withStatus(InterestStatus.Approved);
        var awaitingDecision = await withStatus(InterestStatus.AwaitingDecision);
        var appealed = await withStatus(InterestStatus.AppealLodged);
        var deciderPerson = await db.Users.Where(u => u.UserName == decider).Select(u => u.PersonId).SingleAsync();
        var decidedByDecider = await db.BusinessInterests.Where(b => b.ForceId == cumbria && b.DecidedByPersonId == deciderPerson).Select(b => b.Id).FirstAsync();
        var appellatePerson = await db.Users.Where(u => u.UserName == appellate).Select(u => u.PersonId).SingleAsync();
        var appealDecidedByAppellate = await db.BusinessInterests
            .Where(b => b.ForceId == cumbria && b.AppealOutcome != null && b.Steps.Any(s => s.Kind == StepKind.AppealDecided && s.ByPersonId == appellatePerson))
            .Select(b => b.Id).FirstAsync();

        // The demonstration data's decisions are the seeder's, so psd.cumbria is made the decider of one.
        var psdDecided = (await Gifts.GiftData.AwaitingPsdAsync(db, "officer.cumbria", "Decided Catering Ltd")).Id;
        await db.GiftDeclarations.Where(d => d.Id == psdDecided).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.ApprovalStatus, ApprovalStatus.Approved).SetProperty(d => d.PsdApprovalDecidedBy, "psd.cumbria"));

        (string Page, string User, string Url)[] views =
        [
            ("/Audit/Index", "psd.cumbria", "/Audit?Filter.Action=Export"),
            ("/Gifts/Team/Index", "manager.cumbria", "/Gifts/Team"),
            ("/Gifts/Team/Decide", "manager.cumbria", $"/Gifts/Team/Decide/{giftAwaitingManager}"),
            ("/Gifts/Team/Decided", "manager.cumbria", $"/Gifts/Team/Decided/{giftDecidedByManager}"),
            ("/Gifts/Register/Index", "psd.cumbria", "/Gifts/Register"),
            ("/Gifts/Register/View", "psd.cumbria", $"/Gifts/Register/View/{gift}"),
            ("/Gifts/Register/BulkReview", "psd.cumbria", $"/Gifts/Register/BulkReview?Selected={awaitingReview}:{awaitingReviewVersion}"),
            ("/Gifts/Register/Decided", "psd.cumbria", $"/Gifts/Register/Decided/{psdDecided}"),
            ("/BusinessInterests/Psd/Index", "psd.cumbria", "/BusinessInterests/Psd"),
            ("/BusinessInterests/Psd/Reviews", "psd.cumbria", "/BusinessInterests/Psd/Reviews"),
            ("/BusinessInterests/Psd/Refusals", "psd.cumbria", "/BusinessInterests/Psd/Refusals"),
            ("/BusinessInterests/Psd/Assess", "psd.cumbria", $"/BusinessInterests/Psd/Assess/{awaitingAssessment}"),
            ("/BusinessInterests/Psd/Review", "psd.cumbria", $"/BusinessInterests/Psd/Review/{approved}"),
            ("/BusinessInterests/Decisions/Index", decider, "/BusinessInterests/Decisions"),
            ("/BusinessInterests/Decisions/Appeals", appellate, "/BusinessInterests/Decisions/Appeals"),
            ("/BusinessInterests/Decisions/Decide", decider, $"/BusinessInterests/Decisions/Decide/{awaitingDecision}"),
            ("/BusinessInterests/Decisions/Appeal", appellate, $"/BusinessInterests/Decisions/Appeal/{appealed}"),
            ("/BusinessInterests/Decisions/Decided", decider, $"/BusinessInterests/Decisions/Decided/{decidedByDecider}"),
            ("/BusinessInterests/Decisions/AppealDecided", appellate, $"/BusinessInterests/Decisions/AppealDecided/{appealDecidedByAppellate}"),
            ("/BusinessInterests/Team/Index", "manager.cumbria", "/BusinessInterests/Team"),
            ("/BusinessInterests/Team/View", "manager.cumbria", $"/BusinessInterests/Team/View/{interestAwaitingManager}"),
            ("/Investigations/Index", "psd.cumbria", "/Investigations"),
            ("/Investigations/View", "psd.cumbria", $"/Investigations/View/{investigation}"),
            ("/Investigations/Contacts", "psd.cumbria", "/Investigations/Contacts?Journalist=Sam&From=2020-01-01&To=2030-12-31"),
            ("/Investigations/Leaks/Index", "psd.cumbria", "/Investigations/Leaks"),
            ("/Investigations/Leaks/NoCase", "psd.cumbria", $"/Investigations/Leaks/NoCase/{leak.Id}"),
            ("/Media/Office/Index", "press-office.cumbria", "/Media/Office"),
            ("/Media/Office/View", "press-office.cumbria", $"/Media/Office/View/{contact}"),
            ("/Media/Office/Flags", "press-office.cumbria", "/Media/Office/Flags"),
            ("/Media/Office/BulkAcknowledge", "press-office.cumbria", $"/Media/Office/BulkAcknowledge?Selected={contact}:{contactVersion}"),
            ("/People/Index", "psd.cumbria", "/People?Name=a"),
            ("/People/View", "psd.cumbria", $"/People/View/{person}"),
            ("/Procurement/Matches/Index", "psd.cumbria", "/Procurement/Matches"),
            ("/Procurement/Matches/View", "psd.cumbria", $"/Procurement/Matches/View/{match}"),
            ("/Procurement/Cards/Index", "procurement.cumbria", "/Procurement/Cards"),
            ("/Procurement/Meetings/Pack", "psd.cumbria", "/Procurement/Meetings/Pack"),
            ("/Policies/Team", "manager.cumbria", "/Policies/Team"),
            ("/Policies/Manage/Compliance", "psd.cumbria", $"/Policies/Manage/Compliance/{policyVersion}"),
        ];
        Assert.Equal(Audited.Order(), views.Select(v => v.Page).Order());

        var clients = new Dictionary<string, PortalClient>();
        var failures = new List<string>();
        foreach (var (page, user, url) in views)
        {
            if (!clients.TryGetValue(user, out var client))
            {
                client = clients[user] = await PortalClient.SignInAsync(factory, user);
            }

            var before = await db.AuditEvents.MaxAsync(e => e.Id);
            await client.GetPageAsync(url);
            var reads = await db.AuditEvents.Where(e => e.Id > before && e.Action == AuditAction.Read).ToListAsync();
            if (reads.Count != 1 || reads[0].UserName != user || reads[0].RecordForceId != cumbria)
            {
                failures.Add($"{page}: {reads.Count} read events");
            }
            else if (reads[0].EntityId == "(search)" && string.IsNullOrEmpty(reads[0].Justification))
            {
                failures.Add($"{page}: the read event does not record the filter");
            }
        }

        Assert.Empty(failures);
    }
}
