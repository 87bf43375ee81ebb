using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Security;

/// <summary>
/// A user of one force cannot read or change a record of another force through any page
/// that exists. Every page that addresses a record must be listed here (the first test fails
/// when a new one is not), and each is tried with a Thames Valley record by a Cumbria user
/// whose role may open the page.
/// </summary>
public class ForceIsolationTests
{
    private sealed record RecordPage(string UserName, Func<IntegrityDbContext, int, Task<string>> ThamesValleyRecord, string EntityType, params string[] Handlers);

    private static readonly Dictionary<string, RecordPage> RecordPages = new()
    {
        ["Admin/Forces/Settings/{id:int}"] = new("admin.cumbria", (_, tv) => Task.FromResult(tv.ToString()), "ForceSettings"),
        ["Admin/People/Edit/{id:int?}"] = new("admin.cumbria",
            async (db, tv) => (await db.People.Where(p => p.ForceId == tv).Select(p => p.Id).FirstAsync()).ToString(), "Person"),
        ["Admin/People/Added/{id:int}"] = new("admin.cumbria",
            async (db, tv) => (await db.People.Where(p => p.ForceId == tv).Select(p => p.Id).FirstAsync()).ToString(), "Person"),
        ["Admin/Departments/Edit/{id:int}"] = new("admin.cumbria",
            async (db, tv) => (await db.Departments.Where(d => d.ForceId == tv).Select(d => d.Id).FirstAsync()).ToString(), "Department"),
        ["Admin/Users/Created/{id}"] = new("admin.cumbria",
            async (db, _) => await db.Users.Where(u => u.UserName == "officer.thames-valley").Select(u => u.Id).SingleAsync(), "ApplicationUser"),
        ["Admin/Users/Edit/{id}"] = new("admin.cumbria",
            async (db, _) => await db.Users.Where(u => u.UserName == "officer.thames-valley").Select(u => u.Id).SingleAsync(), "ApplicationUser",
            "Password", "Unlock"),
        ["Gifts/Declarations/View/{id:int}"] = new("officer.cumbria", ThamesValleyDeclarationAsync, "GiftDeclaration"),
        ["Gifts/Declarations/Amend/{id:int}"] = new("officer.cumbria", ThamesValleyDeclarationAsync, "GiftDeclaration"),
        // A question page is addressed by its name; the record is the draft named in the query.
        ["Gifts/Declarations/Declare/{step=who}"] = new("officer.cumbria", ThamesValleyGiftDraftAsync, "GiftDeclaration"),
        ["Gifts/Declarations/Declared/{id:int}"] = new("officer.cumbria", ThamesValleyDeclarationAsync, "GiftDeclaration"),
        ["Gifts/Team/Decide/{id:int}"] = new("manager.cumbria", ThamesValleyDeclarationAsync, "GiftDeclaration", "Check", "Change"),
        ["Gifts/Team/Decided/{id:int}"] = new("manager.cumbria", ThamesValleyDeclarationDecidedByManagerAsync, "GiftDeclaration"),
        ["Gifts/Register/View/{id:int}"] = new("psd.cumbria", ThamesValleyDeclarationAsync, "GiftDeclaration", "CheckApproval", "ChangeApproval", "Approve", "Review"),
        ["Gifts/Register/Decided/{id:int}"] = new("psd.cumbria", ThamesValleyDecidedByCumbriaPsdAsync, "GiftDeclaration"),
        ["BusinessInterests/Applications/Edit/{id:int?}"] = new("officer.cumbria", ThamesValleyInterestAsync, "BusinessInterest", "Submit", "Draft"),
        ["BusinessInterests/Applications/View/{id:int}"] = new("officer.cumbria", ThamesValleyInterestAsync, "BusinessInterest", "Withdraw", "Appeal", "End"),
        ["BusinessInterests/Applications/Confirm/{id:int}"] = new("officer.cumbria", ThamesValleyInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Applications/Check/{id:int}"] = new("officer.cumbria", ThamesValleyInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Applications/Submitted/{id:int}"] = new("officer.cumbria", ThamesValleySubmittedInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Team/View/{id:int}"] = new("manager.cumbria", ThamesValleySubmittedInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Psd/Assess/{id:int}"] = new("psd.cumbria", ThamesValleySubmittedInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Psd/Review/{id:int}"] = new("psd.cumbria", ThamesValleySubmittedInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Decisions/Decide/{id:int}"] = new("head-of-psd.cumbria", ThamesValleySubmittedInterestAsync, "BusinessInterest", "Check", "Change"),
        ["BusinessInterests/Decisions/Decided/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyDecidedInterestAsync, "BusinessInterest"),
        ["BusinessInterests/Decisions/Appeal/{id:int}"] = new("dcc.cumbria", ThamesValleySubmittedInterestAsync, "BusinessInterest", "Check", "Change"),
        ["BusinessInterests/Decisions/AppealDecided/{id:int}"] = new("dcc.cumbria", ThamesValleyAppealDecidedInterestAsync, "BusinessInterest"),
        ["Investigations/Leaks/NoCase/{id:int}"] = new("psd.cumbria", ThamesValleyLeakAsync, "SuspectedLeak", "Check", "Change"),
        ["Investigations/Leaks/NoCaseRecorded/{id:int}"] = new("psd.cumbria", async (db, tv) =>
        {
            var id = int.Parse(await ThamesValleyLeakAsync(db, tv));
            await db.SuspectedLeaks.Where(l => l.Id == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.Status, Core.Media.SuspectedLeakStatus.NoCaseOpened));
            return id.ToString();
        }, "SuspectedLeak"),
        ["Investigations/View/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/Opened/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/AddPerson/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/LinkRecord/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/AddToLog/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/Close/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/MarkContinuing/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Investigations/Reopen/{id:int}"] = new("psd.cumbria", ThamesValleyCaseAsync, "Investigation"),
        ["Media/Contacts/View/{id:int}"] = new("officer.cumbria", ThamesValleyMediaContactAsync, "MediaContact"),
        ["Media/Contacts/Logged/{id:int}"] = new("officer.cumbria", ThamesValleyMediaContactAsync, "MediaContact"),
        ["Media/Contacts/Complete/{id:int}"] = new("officer.cumbria", async (db, _) =>
            (await Media.MediaData.LogAsync(db, "officer.thames-valley", "Oxford Mail", contactedUtc: DateTime.UtcNow.AddHours(-2), preArranged: true,
                recordedUtc: DateTime.UtcNow.AddDays(-2))).Id.ToString(), "MediaContact"),
        ["Media/Contacts/Completed/{id:int}"] = new("officer.cumbria", async (db, _) =>
        {
            var contact = await Media.MediaData.LogAsync(db, "officer.thames-valley", "Oxford Mail", contactedUtc: DateTime.UtcNow.AddHours(-2), preArranged: true,
                recordedUtc: DateTime.UtcNow.AddDays(-2));
            contact.CompletedUtc = DateTime.UtcNow.AddHours(-1);
            await db.SaveChangesAsync();
            return contact.Id.ToString();
        }, "MediaContact"),
        ["Media/Office/View/{id:int}"] = new("press-office.cumbria", ThamesValleyMediaContactAsync, "MediaContact", "Acknowledge", "Flag"),
        ["Media/Office/Flagged/{id:int}"] = new("press-office.cumbria", ThamesValleyLeakAsync, "SuspectedLeak"),
        ["People/View/{id:int}"] = new("psd.cumbria", ThamesValleyPersonAsync, "PersonIntegrityRecord"),
        // The confirmations after procurement adds to a register: Thames Valley's own records, opened by Cumbria's procurement.
        ["Procurement/Suppliers/Added/{id:int}"] = new("procurement.cumbria",
            async (db, tv) => (await db.Suppliers.Where(x => x.ForceId == tv).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync()).ToString(), "Supplier"),
        ["Procurement/Contracts/Added/{id:int}"] = new("procurement.cumbria",
            async (db, tv) => (await db.Contracts.Where(x => x.ForceId == tv).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync()).ToString(), "Contract"),
        ["Procurement/Cards/Added/{id:int}"] = new("procurement.cumbria",
            async (db, tv) => (await db.CardTransactions.Where(x => x.ForceId == tv).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync()).ToString(), "CardTransaction"),
        ["Procurement/Matches/View/{id:int}"] = new("psd.cumbria", ThamesValleyMatchAsync, "ProcurementMatch"),
        ["Procurement/Matches/Merge/{id:int}"] = new("psd.cumbria", ThamesValleyMatchAsync, "ProcurementMatch"),
        ["Procurement/Matches/MergeCheck/{id:int}"] = new("psd.cumbria", ThamesValleyMatchAsync, "ProcurementMatch"),
        // A force's reports are addressed by the force's code; their downloads are recorded as exports.
        ["Reports/{force}/Progress"] = new("pcc.cumbria", (_, _) => Task.FromResult("thames-valley"), "ProgressReport", "Csv", "Excel"),
        ["Reports/{force}/Dashboard"] = new("pcc.cumbria", (_, _) => Task.FromResult("thames-valley"), "ForceDashboard"),
        ["Reports/{force}/Board"] = new("dcc.cumbria", (_, _) => Task.FromResult("thames-valley"), "ForceDashboard"),
        ["RoleGrants/Decide/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyRoleGrantAsync, "RoleGrant"),
        // Policies: Thames Valley's own (not shared), read by a Cumbria officer and kept by Cumbria's PSD.
        ["Policies/View/{id:int}"] = new("officer.cumbria", ThamesValleyPolicyAsync, "Policy"),
        ["Policies/Read/{id:int}"] = new("officer.cumbria", ThamesValleyPolicyVersionAsync, "PolicyVersion"),
        ["Policies/Confirm/{id:int}"] = new("officer.cumbria", ThamesValleyPolicyVersionAsync, "PolicyTask"),
        ["Policies/Manage/Version/{id:int}"] = new("psd.cumbria", ThamesValleyPolicyAsync, "PolicyVersion"),
        ["Policies/Manage/Question/{id:int}"] = new("psd.cumbria", ThamesValleyPolicyDraftAsync, "PolicyVersion"),
        ["Policies/Manage/Check/{id:int}"] = new("psd.cumbria", ThamesValleyPolicyDraftAsync, "PolicyVersion", "Remove"),
        ["Policies/Manage/Published/{id:int}"] = new("psd.cumbria", ThamesValleyPolicyVersionAsync, "PolicyVersion"),
        ["Policies/Manage/Compliance/{id:int}"] = new("psd.cumbria", ThamesValleyPolicyVersionAsync, "PolicyTask", "Csv"),
        // Training: Thames Valley's integrity course and its latest session, recorded by Cumbria's PSD.
        ["Training/Courses/View/{id:int}"] = new("psd.cumbria", ThamesValleyCourseAsync, "Course"),
        ["Training/Courses/Added/{id:int}"] = new("psd.cumbria", ThamesValleyCourseAsync, "Course"),
        ["Training/Courses/People/{id:int}"] = new("psd.cumbria", ThamesValleyCourseAsync, "Course"),
        ["Training/Sessions/Add/{id:int}"] = new("psd.cumbria", ThamesValleyCourseAsync, "TrainingSession"),
        ["Training/Sessions/Added/{id:int}"] = new("psd.cumbria", ThamesValleySessionAsync, "TrainingSession"),
        ["Training/Sessions/View/{id:int}"] = new("psd.cumbria", ThamesValleySessionAsync, "TrainingSession"),
        // Self-assessment: Thames Valley's assessment in progress, its first item and an action, as Cumbria's head of PSD.
        ["Procurement/Meetings/SignOff/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyMeetingAsync, "CrossCheckMeeting"),
        ["SelfAssessment/View/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyAssessmentAsync, "Assessment", "Csv"),
        ["SelfAssessment/Compare/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyAssessmentAsync, "Assessment"),
        ["SelfAssessment/Manage/Complete/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyAssessmentAsync, "Assessment"),
        ["SelfAssessment/Manage/Rate/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyAnswerAsync, "AssessmentAnswer"),
        ["SelfAssessment/Manage/AddAction/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyAnswerAsync, "AssessmentAction"),
        ["SelfAssessment/Action/{id:int}"] = new("head-of-psd.cumbria", ThamesValleyActionAsync, "AssessmentAction"),
    };

    private static async Task<string> ThamesValleyAssessmentAsync(IntegrityDbContext db, int thamesValley) =>
        (await db.Assessments.Where(a => a.ForceId == thamesValley && a.Status == Core.SelfAssessment.AssessmentStatus.InProgress).Select(a => a.Id).SingleAsync()).ToString();

    private static async Task<string> ThamesValleyAnswerAsync(IntegrityDbContext db, int thamesValley) =>
        (await db.AssessmentAnswers.Where(a => a.ForceId == thamesValley && a.Assessment!.Status == Core.SelfAssessment.AssessmentStatus.InProgress)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()).ToString();

    private static async Task<string> ThamesValleyActionAsync(IntegrityDbContext db, int thamesValley) =>
        (await db.AssessmentActions.Where(a => a.ForceId == thamesValley).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync()).ToString();

    private static async Task<string> ThamesValleyCourseAsync(IntegrityDbContext db, int thamesValley) =>
        (await db.Courses.Where(c => c.ForceId == thamesValley).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync()).ToString();

    private static async Task<string> ThamesValleySessionAsync(IntegrityDbContext db, int thamesValley) =>
        (await db.TrainingSessions.Where(s => s.ForceId == thamesValley).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync()).ToString();

    private static async Task<string> ThamesValleyPolicyAsync(IntegrityDbContext db, int thamesValley) =>
        (await PolicyLibrary.PolicyData.PolicyAsync(db, "thames-valley", Core.Policies.PolicySubject.GiftsAndHospitality)).Id.ToString();

    private static async Task<string> ThamesValleyPolicyVersionAsync(IntegrityDbContext db, int thamesValley) =>
        (await PolicyLibrary.PolicyData.CurrentGiftsVersionAsync(db, "thames-valley")).Id.ToString();

    private static async Task<string> ThamesValleyPolicyDraftAsync(IntegrityDbContext db, int thamesValley) =>
        (await PolicyLibrary.PolicyData.DraftAsync(db, "thames-valley")).Id.ToString();

    // A PSD role the Thames Valley administrator asked to give officer.thames-valley, awaiting approval.
    private static async Task<string> ThamesValleyRoleGrantAsync(IntegrityDbContext db, int thamesValley)
    {
        var officer = await db.Users.SingleAsync(u => u.UserName == "officer.thames-valley");
        var admin = await db.Users.SingleAsync(u => u.UserName == "admin.thames-valley");
        var grant = new Core.Security.RoleGrant
        {
            ForceId = thamesValley, UserId = officer.Id, Role = Core.Security.Roles.Psd,
            RequestedByUserId = admin.Id, RequestedByUserName = admin.UserName!, RequestedUtc = DateTime.UtcNow,
        };
        db.RoleGrants.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id.ToString();
    }

    // Two Thames Valley organisations the cross-check took for one, awaiting PSD's review.
    private static async Task<string> ThamesValleyMatchAsync(IntegrityDbContext db, int thamesValley)
    {
        var first = new Core.Organisations.Organisation { ForceId = thamesValley, Name = "Oxford Catering Ltd" };
        var second = new Core.Organisations.Organisation { ForceId = thamesValley, Name = "Oxford Catering Limited" };
        db.Organisations.AddRange(first, second);
        await db.SaveChangesAsync();
        var match = new Core.Procurement.ProcurementMatch
        {
            ForceId = thamesValley, Kind = Core.Procurement.MatchKind.DuplicateOrganisation,
            LeftKind = Core.Procurement.MatchRecordKind.Organisation, LeftId = first.Id, LeftOrganisationId = first.Id,
            RightKind = Core.Procurement.MatchRecordKind.Organisation, RightId = second.Id, RightOrganisationId = second.Id,
            Score = 95, Reason = "Names alike", Priority = Core.Procurement.MatchPriority.Normal, RaisedUtc = DateTime.UtcNow,
        };
        db.ProcurementMatches.Add(match);
        await db.SaveChangesAsync();
        return match.Id.ToString();
    }

    // officer.thames-valley's person record: PSD's page on the person.
    private static async Task<string> ThamesValleyPersonAsync(IntegrityDbContext db, int thamesValley) =>
        (await db.Users.Where(u => u.UserName == "officer.thames-valley").Select(u => u.PersonId!.Value).SingleAsync()).ToString();

    // A media contact logged by officer.thames-valley, not yet acknowledged.
    private static async Task<string> ThamesValleyMediaContactAsync(IntegrityDbContext db, int thamesValley) =>
        (await Media.MediaData.LogAsync(db, "officer.thames-valley", "Oxford Mail")).Id.ToString();

    // The gift declaration officer.thames-valley has begun: its second question page.
    private static async Task<string> ThamesValleyGiftDraftAsync(IntegrityDbContext db, int thamesValley)
    {
        var personId = await db.Users.Where(u => u.UserName == "officer.thames-valley").Select(u => u.PersonId!.Value).SingleAsync();
        var draft = new Core.Forms.FormDraft
        {
            Id = Guid.NewGuid(), ForceId = thamesValley, PersonId = personId, Kind = Core.Forms.FormDraftKinds.GiftDeclaration,
            Answers = "{\"offerorName\":\"Thames Valley offeror\"}", CreatedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow,
        };
        db.FormDrafts.Add(draft);
        await db.SaveChangesAsync();
        return $"what?draft={draft.Id}";
    }

    // A draft business interest of officer.thames-valley: the applicant's pages.
    private static async Task<string> ThamesValleyInterestAsync(IntegrityDbContext db, int thamesValley) =>
        (await BusinessInterests.InterestData.DraftAsync(db, "officer.thames-valley")).Id.ToString();

    // A submitted one, awaiting assessment (Thames Valley has no line-manager step): the pages of
    // the people who act on it, which never show a draft, so a 404 there is the force's doing.
    private static async Task<string> ThamesValleySubmittedInterestAsync(IntegrityDbContext db, int thamesValley) =>
        (await BusinessInterests.InterestData.SubmittedAsync(db, "officer.thames-valley")).Id.ToString();

    // An application of Thames Valley decided by its head of PSD (the demonstration data's decisions).
    private static async Task<string> ThamesValleyDecidedInterestAsync(IntegrityDbContext db, int thamesValley)
    {
        var head = await db.Users.Where(u => u.UserName == "head-of-psd.thames-valley").Select(u => u.PersonId).SingleAsync();
        return (await db.BusinessInterests.Where(b => b.ForceId == thamesValley && b.DecidedByPersonId == head).Select(b => b.Id).FirstAsync()).ToString();
    }

    // An application of Thames Valley whose appeal its DCC decided (the demonstration data's appeals).
    private static async Task<string> ThamesValleyAppealDecidedInterestAsync(IntegrityDbContext db, int thamesValley)
    {
        var dcc = await db.Users.Where(u => u.UserName == "dcc.thames-valley").Select(u => u.PersonId).SingleAsync();
        return (await db.BusinessInterests
            .Where(b => b.ForceId == thamesValley && b.Steps.Any(s => s.Kind == Core.BusinessInterests.StepKind.AppealDecided && s.ByPersonId == dcc))
            .Select(b => b.Id).FirstAsync()).ToString();
    }

    // A declaration made for officer.thames-valley, awaiting their line manager.
    private static async Task<string> ThamesValleyDeclarationAsync(IntegrityDbContext db, int thamesValley) =>
        (await Gifts.GiftData.DeclareAsync(db, "officer.thames-valley", "Test Hospitality Ltd", 120_00, Core.Gifts.OfferOutcome.Accepted)).Id.ToString();

    /// <summary>
    /// A Thames Valley acceptance recorded as decided by Cumbria's PSD officer's user name, so that
    /// only the force, not the decider, stands between them and its confirmation.
    /// </summary>
    private static async Task<string> ThamesValleyDecidedByCumbriaPsdAsync(IntegrityDbContext db, int thamesValley)
    {
        var declaration = await Gifts.GiftData.AwaitingPsdAsync(db, "officer.thames-valley", "Test Hospitality Ltd");
        await db.GiftDeclarations.Where(d => d.Id == declaration.Id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.ApprovalStatus, Core.Gifts.ApprovalStatus.Approved)
            .SetProperty(d => d.PsdApprovalDecidedBy, "psd.cumbria"));
        return declaration.Id.ToString();
    }

    // One approved as if by Cumbria's line manager (their user name), so that only the force,
    // not the decider, stands between them and its confirmation: it awaits PSD.
    private static async Task<string> ThamesValleyDeclarationDecidedByManagerAsync(IntegrityDbContext db, int thamesValley)
    {
        var declaration = await Gifts.GiftData.DeclareAsync(db, "officer.thames-valley", "Test Hospitality Ltd", 120_00, Core.Gifts.OfferOutcome.Accepted);
        declaration.ApprovalStatus = Core.Gifts.ApprovalStatus.AwaitingPsd;
        declaration.LineManagerDecidedBy = "manager.cumbria";
        declaration.LineManagerDecidedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return declaration.Id.ToString();
    }

    /// <summary>The demonstration data's signed-off meeting, put back to awaiting sign-off so the page would offer the button.</summary>
    private static async Task<string> ThamesValleyMeetingAsync(IntegrityDbContext db, int thamesValley)
    {
        var meeting = await db.CrossCheckMeetings.Where(m => m.ForceId == thamesValley).OrderByDescending(m => m.HeldOn).FirstAsync();
        await db.CrossCheckMeetings.Where(m => m.Id == meeting.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.SignedOffBy, (string?)null).SetProperty(m => m.SignedOffUtc, (DateTime?)null));
        return meeting.Id.ToString();
    }

    private static async Task<string> ThamesValleyCaseAsync(IntegrityDbContext db, int thamesValley) =>
        (await Investigations.CaseData.OpenAsync(db, "thames-valley")).Id.ToString();

    private static async Task<string> ThamesValleyLeakAsync(IntegrityDbContext db, int thamesValley)
    {
        var contact = await SuspectedLeakData.ContactAsync(db, "officer.thames-valley", "Jo Reporter", "Thames Gazette", DateTime.UtcNow.AddDays(-3));
        return (await SuspectedLeakData.FlagAsync(db, contact)).Id.ToString();
    }

    [Fact]
    public async Task EveryPageThatAddressesARecord_IsCoveredHere()
    {
        await using var factory = await PortalFactory.CreateAsync();

        var withParameters = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                        && e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && e.RoutePattern.Parameters.Count > 0)
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(RecordPages.Keys.Order(), withParameters);
    }

    public static TheoryData<string> Pages() => new(RecordPages.Keys);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task RecordOfAnotherForce_CannotBeReadOrChanged(string route)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var page = RecordPages[route];
        string id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var thamesValley = await db.Forces.Where(f => f.Code == "thames-valley").Select(f => f.Id).SingleAsync();
            id = await page.ThamesValleyRecord(db, thamesValley);
        }

        var client = await PortalClient.SignInAsync(factory, page.UserName);
        var url = "/" + System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        foreach (var handler in page.Handlers.Prepend(null))
        {
            var post = await client.PostFormAsync(url, new()
            {
                ["Input.Version"] = "0",
                ["Input.Name"] = "Changed",
                ["Input.DisplayName"] = "Changed",
                ["Input.FamilyName"] = "Changed",
                ["Input.ProfessionalStandardsName"] = "Changed",
                ["NewPassword"] = "a-new-password-for-someone-else",
                ["Acknowledgement.Version"] = "0",
                ["Flag.Reason"] = "Flagged from another force",
            }, postUrl: handler is null ? url : $"{url}?handler={handler}");
            // A page that takes no form answers any post 405 before it reads anything.
            Assert.Contains(post.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        }

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        // Nothing the other force's user did reached the record: no change and no read of it.
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == page.EntityType && e.EntityId == id && e.UserName == page.UserName));
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == page.EntityType && e.Action == AuditAction.Export && e.UserName == page.UserName));
    }
}
