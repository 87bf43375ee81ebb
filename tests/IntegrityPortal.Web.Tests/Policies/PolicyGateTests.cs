using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>
/// Where a force requires it, whoever reviews or decides a register's records is shown a link to
/// the register's policy instead of the form until they confirm its current version, and a post
/// made anyway writes nothing (PolicyGate).
/// </summary>
public class PolicyGateTests
{
    /// <summary>Turns the rule on for Cumbria and takes back each named account's confirmation of the version.</summary>
    private static async Task RequireAsync(IntegrityDbContext db, int versionId, params string[] userNames)
    {
        var settings = await db.ForceSettings.SingleAsync(s => s.Force!.Code == "cumbria");
        settings.PolicyConfirmationBeforeActing = true;
        foreach (var userName in userNames)
        {
            var personId = await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId!.Value).SingleAsync();
            var task = await db.PolicyTasks.SingleAsync(t => t.PolicyVersionId == versionId && t.PersonId == personId);
            (task.ConfirmedUtc, task.ConfirmedOn) = (null, null);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Publishes a new version of Cumbria's policy on the subject (a first one where there is none)
    /// to everyone, and turns the rule on: nobody has confirmed a version just published.
    /// </summary>
    private static async Task<int> PublishToEveryoneAsync(IntegrityDbContext db, PolicySubject subject)
    {
        var cumbria = await db.Forces.SingleAsync(f => f.Code == "cumbria");
        var policy = await db.Policies.Include(p => p.Versions).SingleOrDefaultAsync(p => p.ForceId == cumbria.Id && p.Subject == subject);
        if (policy is null)
        {
            policy = new Policy { ForceId = cumbria.Id, Title = $"Cumbria Constabulary {subject.Describe().ToLowerInvariant()} policy", Subject = subject, CreatedUtc = DateTime.UtcNow };
            policy.Forces.Add(new PolicyForce { ForceId = cumbria.Id });
            db.Policies.Add(policy);
        }

        var owner = await db.Users.Where(u => u.UserName == "head-of-psd.cumbria").Select(u => u.PersonId!.Value).SingleAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var version = new PolicyVersion
        {
            Policy = policy, Number = policy.Versions.Count + 1, OwnerId = owner, WhatChanged = "Everyone must read it", Text = "# Policy",
            Audience = PolicyAudience.Everyone, EffectiveOn = today, ReadBy = today.AddDays(28), CreatedUtc = DateTime.UtcNow,
        };
        db.PolicyVersions.Add(version);
        await db.SaveChangesAsync();
        await PolicyPublishing.PublishAsync(db, version);
        await RequireAsync(db, version.Id);
        return version.Id;
    }

    private static async Task ConfirmAsync(string databasePath, int versionId, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(databasePath);
        var personId = await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId!.Value).SingleAsync();
        var task = await db.PolicyTasks.SingleAsync(t => t.PolicyVersionId == versionId && t.PersonId == personId);
        (task.ConfirmedUtc, task.ConfirmedOn) = (DateTime.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow));
        await db.SaveChangesAsync();
    }

    private static void AssertBlocked(AngleSharp.Html.Dom.IHtmlDocument page, int versionId, string form)
    {
        Assert.NotNull(page.QuerySelector("#policy-block"));
        Assert.Equal($"/Policies/Read/{versionId}", page.QuerySelector("#policy-block-link")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(form));
    }

    [Fact]
    public async Task GiftsRegister_AnUnconfirmedReviewerIsShownThePolicy_TheirReviewWritesNothing_AndOnceConfirmedTheyReview()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int versionId, declarationId, declarationVersion, otherForcesDeclaration;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            versionId = (await PolicyData.CurrentGiftsVersionAsync(db, "cumbria")).Id;
            await RequireAsync(db, versionId, "psd.cumbria");
            var declaration = await db.GiftDeclarations.Where(d => d.Force!.Code == "cumbria" && d.ReviewStatus == ReviewStatus.AwaitingReview)
                .OrderBy(d => d.Id).FirstAsync();
            (declarationId, declarationVersion) = (declaration.Id, declaration.Version);
            otherForcesDeclaration = await db.GiftDeclarations.Where(d => d.Force!.Code == "thames-valley" && d.ReviewStatus == ReviewStatus.AwaitingReview)
                .Select(d => d.Id).FirstAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Gifts/Register/View/{declarationId}";
        AssertBlocked(await psd.GetPageAsync(url), versionId, "#review-form");
        var review = new Dictionary<string, string> { ["Review.Outcome"] = "Reviewed", ["Review.Note"] = "Within policy", ["Review.Version"] = $"{declarationVersion}" };
        var refused = await psd.PostFormAsync(url, review, $"{url}?handler=Review");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        AssertBlocked(await PortalClient.ParseAsync(refused), versionId, "#review-form");
        var bulk = await psd.PostFormAsync("/Gifts/Register", new() { ["Selected"] = $"{declarationId}:{declarationVersion}", ["Note"] = "Within policy" }, "/Gifts/Register/BulkReview");
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        AssertBlocked(await PortalClient.ParseAsync(bulk), versionId, "#bulk-review-form");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var unchanged = await db.GiftDeclarations.SingleAsync(d => d.Id == declarationId);
            Assert.Equal((ReviewStatus.AwaitingReview, declarationVersion), (unchanged.ReviewStatus, unchanged.Version));
        }

        // Another force's reviewers are not held by Cumbria's rule.
        Assert.NotNull((await (await PortalClient.SignInAsync(factory, "psd.thames-valley")).GetPageAsync($"/Gifts/Register/View/{otherForcesDeclaration}"))
            .QuerySelector("#review-form"));

        await ConfirmAsync(factory.DatabasePath, versionId, "psd.cumbria");
        Assert.NotNull((await psd.GetPageAsync(url)).QuerySelector("#review-form"));
        Assert.Equal(HttpStatusCode.Redirect, (await psd.PostFormAsync(url, review, $"{url}?handler=Review")).StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ReviewStatus.Reviewed, (await check.GiftDeclarations.SingleAsync(d => d.Id == declarationId)).ReviewStatus);
    }

    [Fact]
    public async Task MediaLog_AnUnconfirmedPressOfficeCannotAcknowledge_OneAtATimeOrSeveral()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int versionId, contactId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            versionId = await PublishToEveryoneAsync(db, PolicySubject.MediaRelationships);
            var pressOffice = await db.Users.Where(u => u.UserName == "press-office.cumbria").Select(u => u.PersonId).SingleAsync();
            contactId = await db.MediaContacts.Where(c => c.Force!.Code == "cumbria" && c.AcknowledgedUtc == null && c.PersonId != pressOffice)
                .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        var url = $"/Media/Office/View/{contactId}";
        AssertBlocked(await press.GetPageAsync(url), versionId, "#acknowledge-form");
        var one = await press.PostFormAsync(url, new() { ["Acknowledgement.Version"] = "0" }, $"{url}?handler=Acknowledge");
        AssertBlocked(await PortalClient.ParseAsync(one), versionId, "#acknowledge-form");
        var several = await press.PostFormAsync("/Media/Office", new() { ["Selected"] = $"{contactId}:0" }, "/Media/Office/BulkAcknowledge");
        AssertBlocked(await PortalClient.ParseAsync(several), versionId, "#bulk-acknowledge-form");

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Null((await check.MediaContacts.SingleAsync(c => c.Id == contactId)).AcknowledgedUtc);
    }

    [Fact]
    public async Task BusinessInterests_AssessmentReviewDecisionAndAppeal_WaitForTheConfirmation()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int versionId;
        Dictionary<InterestStatus, (int Id, int Version)> interests;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // The demonstration forces have no business interests policy yet: Cumbria publishes one.
            versionId = await PublishToEveryoneAsync(db, PolicySubject.BusinessInterests);
            var cumbria = await db.Forces.SingleAsync(f => f.Code == "cumbria");
            interests = await db.BusinessInterests.Where(b => b.ForceId == cumbria.Id
                    && (b.Status == InterestStatus.AwaitingAssessment || b.Status == InterestStatus.Approved || b.Status == InterestStatus.AwaitingDecision || b.Status == InterestStatus.AppealLodged))
                .GroupBy(b => b.Status).Select(g => g.OrderBy(b => b.Id).Select(b => new { b.Status, b.Id, b.Version }).First())
                .ToDictionaryAsync(b => b.Status, b => (b.Id, b.Version));
        }

        var pages = new (string UserName, string Page, InterestStatus Status, string Form, Dictionary<string, string> Fields)[]
        {
            ("psd.cumbria", "Psd/Assess", InterestStatus.AwaitingAssessment, "#assess-form", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low risk" }),
            ("psd.cumbria", "Psd/Review", InterestStatus.Approved, "#review-form", new() { ["Input.Outcome"] = "Continue", ["Input.Notes"] = "Still fine" }),
            ("head-of-psd.cumbria", "Decisions/Decide", InterestStatus.AwaitingDecision, "form[method=post]:not(.app-header__sign-out-form)", new() { ["Input.Outcome"] = "Approved" }),
            ("dcc.cumbria", "Decisions/Appeal", InterestStatus.AppealLodged, "form[method=post]:not(.app-header__sign-out-form)", new() { ["Input.Outcome"] = "Upheld", ["Input.Reasons"] = "Upheld" }),
        };
        foreach (var (userName, page, status, form, fields) in pages)
        {
            var client = await PortalClient.SignInAsync(factory, userName);
            var (id, version) = interests[status];
            var url = $"/BusinessInterests/{page}/{id}";
            AssertBlocked(await client.GetPageAsync(url), versionId, form);
            var response = await client.PostFormAsync(url, new(fields) { ["Input.Version"] = $"{version}" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertBlocked(await PortalClient.ParseAsync(response), versionId, form);
        }

        await using (var check = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            foreach (var (status, (id, version)) in interests)
            {
                var interest = await check.BusinessInterests.SingleAsync(b => b.Id == id);
                Assert.Equal((status, version), (interest.Status, interest.Version));
            }
        }

        await ConfirmAsync(factory.DatabasePath, versionId, "psd.cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        Assert.NotNull((await psd.GetPageAsync($"/BusinessInterests/Psd/Assess/{interests[InterestStatus.AwaitingAssessment].Id}")).QuerySelector("#assess-form"));
    }
}
