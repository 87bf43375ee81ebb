using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Gifts;

/// <summary>
/// The workflow over a copy of the demo database, at a fixed time (15 June 2026, 10:00 in
/// London), with an organisation of the test's own so the demo declarations form no patterns.
/// </summary>
public class GiftWorkflowTests
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 6, 15);

    private sealed record Setup(string Path, TestActor Actor, int Officer, int Manager, int Psd, int OrganisationId);

    private static async Task<Setup> SetupAsync()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var system = TestDatabase.OpenAsSystem(path);
        var cumbria = await system.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var people = await system.Users.Where(u => u.ForceId == cumbria && u.PersonId != null)
            .ToDictionaryAsync(u => u.UserName!, u => u.PersonId!.Value);
        var actor = new TestActor("psd.cumbria", cumbria, new ForceScope(false, [cumbria]), Roles.Psd);
        await using var db = TestDatabase.Open(path, actor, Clock);
        var organisation = new Organisation { ForceId = cumbria, Name = "Workflow Test Supplies Ltd", CompanyNumber = "12345678" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return new(path, actor, people["officer.cumbria"], people["manager.cumbria"], people["psd.cumbria"], organisation.Id);
    }

    private static IntegrityDbContext Open(Setup setup) => TestDatabase.Open(setup.Path, setup.Actor, Clock);

    private static GiftDetails Offer(Setup setup, DateOnly? offeredOn = null, long valuePence = 2_000, OfferOutcome outcome = OfferOutcome.Declined,
        OfferorRelationship relationship = OfferorRelationship.Business) =>
        GiftRulesTests.Offer(offeredOn: offeredOn ?? Today.AddDays(-3), valuePence: valuePence, outcome: outcome,
            disposal: outcome == OfferOutcome.Accepted ? GiftDisposal.KeptByForce : null, relationship: relationship, organisationId: setup.OrganisationId);

    private static async Task<int> DeclareAsync(Setup setup, GiftDetails details)
    {
        await using var db = Open(setup);
        var declarant = await db.People.SingleAsync(p => p.Id == setup.Officer);
        var declaration = await new GiftWorkflow(db).DeclareAsync(declarant, details);
        await db.SaveChangesAsync();
        return declaration.Id;
    }

    [Fact]
    public async Task Declare_SetsLateSupplierApprovalAndVersionOne()
    {
        var setup = await SetupAsync();
        var details = Offer(setup, offeredOn: Today.AddDays(-29), valuePence: 5_001, outcome: OfferOutcome.Accepted, relationship: OfferorRelationship.CurrentSupplier);

        var id = await DeclareAsync(setup, details);

        await using var db = Open(setup);
        var saved = await db.GiftDeclarations.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        Assert.Equal(Today, saved.DeclaredOn);
        Assert.True(saved.IsLate);
        Assert.True(saved.IsFromSupplier);
        Assert.Equal("Workflow Test Supplies Ltd", saved.OrganisationName);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, saved.ApprovalStatus);
        Assert.Equal(ReviewStatus.AwaitingReview, saved.ReviewStatus);
        Assert.Equal(1, saved.CurrentVersionNumber);
        var version = Assert.Single(saved.Versions);
        Assert.Equal(1, version.Number);
        Assert.Null(version.AmendmentReason);
        Assert.Equal("psd.cumbria", version.RecordedBy);
        Assert.Equal(details, version.ReadDetails());
        Assert.Equal(details, saved.Details);
    }

    [Fact]
    public async Task Declare_OnTheDeadlineDay_BelowTheThreshold_IsNotLateAndNeedsNoApproval()
    {
        var setup = await SetupAsync();

        var id = await DeclareAsync(setup, Offer(setup, offeredOn: Today.AddDays(-28), valuePence: 5_000, outcome: OfferOutcome.Accepted));

        await using var db = Open(setup);
        var saved = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.False(saved.IsLate);
        Assert.False(saved.IsFromSupplier);
        Assert.Equal(ApprovalStatus.NotRequired, saved.ApprovalStatus);
        Assert.True(saved.CountsAsAccepted);
    }

    [Fact]
    public async Task Declare_BrokenRule_IsRefused()
    {
        var setup = await SetupAsync();

        var error = await Assert.ThrowsAsync<GiftWorkflowException>(() => DeclareAsync(setup, Offer(setup, offeredOn: Today.AddDays(1))));

        Assert.Equal(GiftRules.FutureDate, error.Message);
    }

    [Fact]
    public async Task Declare_ThirdOfferFromTheSameOrganisation_IsFlaggedAsARepeat()
    {
        var setup = await SetupAsync();
        await DeclareAsync(setup, Offer(setup, offeredOn: Today.AddMonths(-5)));
        var second = await DeclareAsync(setup, Offer(setup, offeredOn: Today.AddMonths(-2)));
        var third = await DeclareAsync(setup, Offer(setup, offeredOn: Today.AddDays(-1)));

        await using var db = Open(setup);
        Assert.Equal(PatternFlags.None, (await db.GiftDeclarations.SingleAsync(d => d.Id == second)).PatternFlags);
        Assert.Equal(PatternFlags.RepeatOffers, (await db.GiftDeclarations.SingleAsync(d => d.Id == third)).PatternFlags);
    }

    [Fact]
    public async Task Amend_AddsVersionTwo_KeepsVersionOne_AndResetsTheReview()
    {
        var setup = await SetupAsync();
        var original = Offer(setup, valuePence: 2_000);
        var id = await DeclareAsync(setup, original);
        await using (var db = Open(setup))
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
            new GiftWorkflow(db).Review(declaration, setup.Psd, ReviewStatus.Reviewed, "Fine");
            await db.SaveChangesAsync();
        }

        var amended = original with { ValuePence = 9_000, Outcome = OfferOutcome.Accepted, Disposal = GiftDisposal.GivenToCharity };
        await using (var db = Open(setup))
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
            Assert.Equal(ReviewStatus.Reviewed, declaration.ReviewStatus);
            await new GiftWorkflow(db).AmendAsync(declaration, amended, "I accepted it after all");
            await db.SaveChangesAsync();
        }

        await using (var db = Open(setup))
        {
            var saved = await db.GiftDeclarations.Include(d => d.Versions).SingleAsync(d => d.Id == id);
            Assert.Equal(2, saved.CurrentVersionNumber);
            Assert.Equal(ReviewStatus.AwaitingReview, saved.ReviewStatus);
            Assert.Equal(ApprovalStatus.AwaitingLineManager, saved.ApprovalStatus);
            Assert.Equal(9_000, saved.ValuePence);
            var versions = saved.Versions.OrderBy(v => v.Number).ToList();
            Assert.Equal([1, 2], versions.Select(v => v.Number));
            Assert.Equal(original, versions[0].ReadDetails());
            Assert.Equal(amended, versions[1].ReadDetails());
            Assert.Equal("I accepted it after all", versions[1].AmendmentReason);
        }
    }

    [Fact]
    public async Task LineManagerDecide_RefusesANonManager_AndTheWrongStage()
    {
        var setup = await SetupAsync();
        var id = await DeclareAsync(setup, Offer(setup, valuePence: 6_000, outcome: OfferOutcome.Accepted));
        await using var db = Open(setup);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        var declarant = await db.People.SingleAsync(p => p.Id == setup.Officer);
        Assert.Equal(setup.Manager, declarant.LineManagerId);
        var workflow = new GiftWorkflow(db);

        Assert.Equal(GiftWorkflow.NotYourLineManager,
            Assert.Throws<GiftWorkflowException>(() => workflow.LineManagerDecide(declaration, declarant, setup.Psd, true, null)).Message);
        Assert.Equal(GiftWorkflow.NotYourLineManager,
            Assert.Throws<GiftWorkflowException>(() => workflow.LineManagerDecide(declaration, declarant, null, true, null)).Message);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, declaration.ApprovalStatus);

        workflow.LineManagerDecide(declaration, declarant, setup.Manager, true, "Supported");
        Assert.Equal(ApprovalStatus.AwaitingPsd, declaration.ApprovalStatus);
        Assert.Equal("psd.cumbria", declaration.LineManagerDecidedBy);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, declaration.LineManagerDecidedUtc);

        Assert.Equal(GiftWorkflow.NotAwaitingLineManager,
            Assert.Throws<GiftWorkflowException>(() => workflow.LineManagerDecide(declaration, declarant, setup.Manager, true, null)).Message);
    }

    [Fact]
    public async Task LineManagerDecide_Refusal_EndsTheApproval()
    {
        var setup = await SetupAsync();
        var id = await DeclareAsync(setup, Offer(setup, valuePence: 6_000, outcome: OfferOutcome.Accepted));
        await using var db = Open(setup);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        var declarant = await db.People.SingleAsync(p => p.Id == setup.Officer);

        new GiftWorkflow(db).LineManagerDecide(declaration, declarant, setup.Manager, false, "Return it");

        Assert.Equal(ApprovalStatus.Refused, declaration.ApprovalStatus);
        Assert.False(declaration.CountsAsAccepted);
    }

    [Fact]
    public async Task PsdDecide_RefusesTheWrongStage_AndTheDeclarantsOwn()
    {
        var setup = await SetupAsync();
        var id = await DeclareAsync(setup, Offer(setup, valuePence: 6_000, outcome: OfferOutcome.Accepted));
        await using (var early = Open(setup))
        {
            var awaitingManager = await early.GiftDeclarations.SingleAsync(d => d.Id == id);
            Assert.Equal(GiftWorkflow.NotAwaitingPsd,
                Assert.Throws<GiftWorkflowException>(() => new GiftWorkflow(early).PsdDecide(awaitingManager, setup.Psd, true, null)).Message);
        }

        // The line manager approves as themselves: the PSD approval must come from someone else.
        await using (var asManager = TestDatabase.Open(setup.Path, setup.Actor with { UserName = "manager.cumbria", RoleNames = [Roles.Officer] }, Clock))
        {
            var awaitingManager = await asManager.GiftDeclarations.SingleAsync(d => d.Id == id);
            var declarant = await asManager.People.SingleAsync(p => p.Id == setup.Officer);
            new GiftWorkflow(asManager).LineManagerDecide(awaitingManager, declarant, setup.Manager, true, null);
            await asManager.SaveChangesAsync();
        }

        await using var db = Open(setup);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        var workflow = new GiftWorkflow(db);
        Assert.Equal(GiftWorkflow.OwnDeclaration,
            Assert.Throws<GiftWorkflowException>(() => workflow.PsdDecide(declaration, setup.Officer, true, null)).Message);
        Assert.Equal(ApprovalStatus.AwaitingPsd, declaration.ApprovalStatus);

        workflow.PsdDecide(declaration, setup.Psd, true, "Approved");
        Assert.Equal(ApprovalStatus.Approved, declaration.ApprovalStatus);
        Assert.True(declaration.CountsAsAccepted);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Review_RefusesTheDeclarantsOwn_AndAwaitingReviewAsAnOutcome()
    {
        var setup = await SetupAsync();
        var id = await DeclareAsync(setup, Offer(setup));
        await using var db = Open(setup);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        var workflow = new GiftWorkflow(db);

        Assert.Equal(GiftWorkflow.OwnDeclaration,
            Assert.Throws<GiftWorkflowException>(() => workflow.Review(declaration, setup.Officer, ReviewStatus.Reviewed, null)).Message);
        Assert.Throws<GiftWorkflowException>(() => workflow.Review(declaration, setup.Psd, ReviewStatus.AwaitingReview, null));
        Assert.Equal(ReviewStatus.AwaitingReview, declaration.ReviewStatus);

        workflow.Review(declaration, setup.Psd, ReviewStatus.ReferredForInvestigation, "Refer");
        Assert.Equal(ReviewStatus.ReferredForInvestigation, declaration.ReviewStatus);
        Assert.Equal("psd.cumbria", declaration.ReviewedBy);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, declaration.ReviewedUtc);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task PsdApproval_ByWhoeverApprovedAsLineManager_IsRefused()
    {
        // The head of PSD line-manages PSD's sergeant: their line-manager approval is one of two.
        var setup = await SetupAsync();
        int declarationId;
        await using (var db = Open(setup))
        {
            var sergeant = await db.Users.Where(u => u.UserName == "psd.cumbria").Select(u => u.PersonId).SingleAsync();
            var declarant = await db.People.SingleAsync(p => p.Id == sergeant);
            var declaration = await new GiftWorkflow(db).DeclareAsync(declarant, Offer(setup, valuePence: 20_000, outcome: OfferOutcome.Accepted));
            await db.SaveChangesAsync();
            declarationId = declaration.Id;
        }

        var cumbria = setup.Actor.HomeForceId;
        var head = new TestActor("head-of-psd.cumbria", cumbria, setup.Actor.Scope, Roles.HeadOfPsd);
        int? headPerson;
        await using (var db = TestDatabase.Open(setup.Path, head, Clock))
        {
            headPerson = await db.Users.Where(u => u.UserName == "head-of-psd.cumbria").Select(u => u.PersonId).SingleAsync();
            var declaration = await db.GiftDeclarations.Include(d => d.Declarant).SingleAsync(d => d.Id == declarationId);
            new GiftWorkflow(db).LineManagerDecide(declaration, declaration.Declarant!, headPerson, true, "Fine");
            await db.SaveChangesAsync();
        }

        await using (var db = TestDatabase.Open(setup.Path, head, Clock))
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == declarationId);
            var refused = Assert.Throws<GiftWorkflowException>(() => new GiftWorkflow(db).PsdDecide(declaration, headPerson, true, null));
            Assert.Equal(GiftWorkflow.ApprovedAsLineManager, refused.Message);
        }

        // Another member of PSD gives the second approval.
        var other = new TestActor("other-psd.cumbria", cumbria, setup.Actor.Scope, Roles.Psd);
        await using (var db = TestDatabase.Open(setup.Path, other, Clock))
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == declarationId);
            new GiftWorkflow(db).PsdDecide(declaration, setup.Manager, true, null);
            await db.SaveChangesAsync();
            Assert.Equal(ApprovalStatus.Approved, declaration.ApprovalStatus);
        }
    }
}
