using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Investigations;

public class InvestigationWorkflowTests
{
    private static readonly DateOnly Today = InvestigationTestSetup.Today;

    private static async Task<(InvestigationTestSetup Setup, int Id)> OpenCaseAsync(DateOnly? openedOn = null)
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = setup.Open();
        var investigation = await new InvestigationWorkflow(db).OpenAsync(setup.Cumbria, InvestigationCategory.InappropriateDisclosureToMedia,
            InvestigationOrigin.PressOfficeFlag, openedOn ?? Today.AddDays(-10), "Story about an arrest in the evening paper");
        await db.SaveChangesAsync();
        return (setup, investigation.Id);
    }

    private static Task<Investigation> LoadAsync(IntegrityDbContext db, int id) =>
        db.Investigations.Include(i => i.People).Include(i => i.Links).Include(i => i.LogEntries).SingleAsync(i => i.Id == id);

    private static InvestigationRuleException Refused(Action step) => Assert.Throws<InvestigationRuleException>(step);

    [Fact]
    public async Task Open_NumbersCasesPerForcePerYear_AndAuditsTheCreation()
    {
        var (setup, first) = await OpenCaseAsync(new DateOnly(2026, 1, 5));
        await using var db = setup.Open();
        var workflow = new InvestigationWorkflow(db);
        var second = await workflow.OpenAsync(setup.Cumbria, InvestigationCategory.Other, InvestigationOrigin.Audit, new DateOnly(2026, 3, 1), "Second");
        var lastYear = await workflow.OpenAsync(setup.Cumbria, InvestigationCategory.Other, InvestigationOrigin.Audit, new DateOnly(2025, 12, 31), "Last year");
        await db.SaveChangesAsync();

        Assert.Equal("INV-2026-0001", (await db.Investigations.SingleAsync(i => i.Id == first)).Reference);
        Assert.Equal("INV-2026-0002", second.Reference);
        Assert.Equal("INV-2025-0001", lastYear.Reference);
        Assert.Equal(InvestigationStatus.Open, second.Status);
        Assert.Equal("psd.cumbria", second.OpenedBy);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(Investigation) && e.EntityId == second.Id.ToString() && e.Action == AuditAction.Created));
    }

    [Fact]
    public async Task Open_RefusesAFutureDateAndAnEmptySummary()
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = setup.Open();
        var workflow = new InvestigationWorkflow(db);

        var future = await Assert.ThrowsAsync<InvestigationRuleException>(() =>
            workflow.OpenAsync(setup.Cumbria, InvestigationCategory.Other, InvestigationOrigin.Audit, Today.AddDays(1), "x"));
        var empty = await Assert.ThrowsAsync<InvestigationRuleException>(() =>
            workflow.OpenAsync(setup.Cumbria, InvestigationCategory.Other, InvestigationOrigin.Audit, Today, "  "));

        Assert.Equal("OpenedOn", future.Field);
        Assert.Equal("Summary", empty.Field);
        Assert.Empty(db.Investigations.Local);
    }

    [Fact]
    public async Task Close_WithoutOutcome_IsRefusedAndChangesNothing()
    {
        var (setup, id) = await OpenCaseAsync();
        await using var db = setup.Open();
        var investigation = await LoadAsync(db, id);

        var e = Refused(() => new InvestigationWorkflow(db).Close(investigation, Today, null, null));

        Assert.Equal("Outcome", e.Field);
        Assert.Equal(InvestigationStatus.Open, investigation.Status);
        Assert.Null(investigation.ClosedOn);
    }

    [Fact]
    public async Task Close_BeforeTheDateOpenedOrInTheFuture_IsRefused()
    {
        var (setup, id) = await OpenCaseAsync(Today.AddDays(-10));
        await using var db = setup.Open();
        var investigation = await LoadAsync(db, id);
        var workflow = new InvestigationWorkflow(db);

        Assert.Equal("ClosedOn", Refused(() => workflow.Close(investigation, Today.AddDays(-11), InvestigationOutcome.Misconduct, null)).Field);
        Assert.Equal("ClosedOn", Refused(() => workflow.Close(investigation, Today.AddDays(1), InvestigationOutcome.Misconduct, null)).Field);
        Assert.Equal(InvestigationStatus.Open, investigation.Status);
    }

    [Fact]
    public async Task Close_WithOutcome_ClosesAndIsATransition_ThenASecondCloseIsRefused()
    {
        var (setup, id) = await OpenCaseAsync();
        await using (var db = setup.Open())
        {
            var investigation = await LoadAsync(db, id);
            new InvestigationWorkflow(db).Close(investigation, Today, InvestigationOutcome.ManagementAction, "Words of advice");
            await db.SaveChangesAsync();
        }

        await using var check = setup.Open();
        var closed = await LoadAsync(check, id);
        Assert.Equal(InvestigationStatus.Closed, closed.Status);
        Assert.Equal(Today, closed.ClosedOn);
        Assert.Equal(InvestigationOutcome.ManagementAction, closed.Outcome);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(Investigation) && e.EntityId == id.ToString() && e.Action == AuditAction.Transition));
        Assert.Equal(InvestigationWorkflow.AlreadyClosed, Refused(() => new InvestigationWorkflow(check).Close(closed, Today, InvestigationOutcome.Misconduct, null)).Message);
    }

    [Fact]
    public async Task ClosedCase_RefusesLogEntriesPeopleAndLinks_UntilReopened()
    {
        var (setup, id) = await OpenCaseAsync();
        await using var db = setup.Open();
        var investigation = await LoadAsync(db, id);
        var workflow = new InvestigationWorkflow(db);
        workflow.Close(investigation, Today, InvestigationOutcome.NoCaseToAnswer, null);
        await db.SaveChangesAsync();

        Assert.Equal(InvestigationWorkflow.ClosedCase, Refused(() => workflow.AddLogEntry(investigation, Today, "Late note")).Message);
        Assert.Equal(InvestigationWorkflow.ClosedCase, (await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddPersonAsync(investigation, setup.CumbriaOfficer))).Message);
        Assert.Equal(InvestigationWorkflow.ClosedCase, Refused(() => workflow.MarkContinuing(investigation)).Message);
        Assert.Equal("OutcomeNote", Refused(() => workflow.Reopen(investigation, " ")).Field);

        workflow.Reopen(investigation, "New evidence from the newspaper");
        workflow.AddLogEntry(investigation, Today, "Interview arranged");
        await db.SaveChangesAsync();

        var reopened = await LoadAsync(setup.Open(), id);
        Assert.Equal(InvestigationStatus.Open, reopened.Status);
        Assert.Null(reopened.Outcome);
        Assert.Null(reopened.ClosedOn);
        Assert.Contains(reopened.LogEntries, e => e.Text.StartsWith("Reopened (it was closed on 15 June 2026 with the outcome no case to answer)"));
        Assert.Contains(reopened.LogEntries, e => e.Text == "Interview arranged" && e.Author == "psd.cumbria");
    }

    [Fact]
    public async Task LogEntry_MustBeDatedBetweenOpeningAndToday()
    {
        var (setup, id) = await OpenCaseAsync(Today.AddDays(-5));
        await using var db = setup.Open();
        var investigation = await LoadAsync(db, id);
        var workflow = new InvestigationWorkflow(db);

        Assert.Equal("EntryOn", Refused(() => workflow.AddLogEntry(investigation, Today.AddDays(-6), "Before")).Field);
        Assert.Equal("EntryOn", Refused(() => workflow.AddLogEntry(investigation, Today.AddDays(1), "Tomorrow")).Field);
        Assert.Equal("Text", Refused(() => workflow.AddLogEntry(investigation, Today, "")).Field);
        Assert.Empty(investigation.LogEntries);
    }

    [Fact]
    public async Task LogEntries_AreNeverChanged()
    {
        var (setup, id) = await OpenCaseAsync();
        await using (var db = setup.Open())
        {
            new InvestigationWorkflow(db).AddLogEntry(await LoadAsync(db, id), Today, "First");
            await db.SaveChangesAsync();
        }

        await using var edit = setup.Open();
        var entry = await edit.InvestigationLogEntries.SingleAsync(e => e.InvestigationId == id);
        entry.Text = "Rewritten";
        await Assert.ThrowsAsync<DomainRuleException>(() => edit.SaveChangesAsync());
    }

    [Fact]
    public async Task MarkContinuing_OnlyFromOpen()
    {
        var (setup, id) = await OpenCaseAsync();
        await using var db = setup.Open();
        var investigation = await LoadAsync(db, id);
        var workflow = new InvestigationWorkflow(db);

        workflow.MarkContinuing(investigation);

        Assert.Equal(InvestigationStatus.Continuing, investigation.Status);
        Refused(() => workflow.MarkContinuing(investigation));
        workflow.Close(investigation, Today, InvestigationOutcome.Misconduct, null);
        Assert.Equal(InvestigationStatus.Closed, investigation.Status);
    }

    [Fact]
    public async Task People_MustBeOfTheCasesForce_AndAddedOnce()
    {
        var (setup, id) = await OpenCaseAsync();
        await using var db = TestDatabase.Open(setup.Path, SystemActor.Instance, InvestigationTestSetup.Clock);
        var investigation = await LoadAsync(db, id);
        var workflow = new InvestigationWorkflow(db);

        var other = await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddPersonAsync(investigation, setup.ThamesValleyOfficer));
        await workflow.AddPersonAsync(investigation, setup.CumbriaOfficer);
        await db.SaveChangesAsync();
        var twice = await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddPersonAsync(investigation, setup.CumbriaOfficer));

        Assert.Equal("Select a person of the case's force", other.Message);
        Assert.Equal("This person is already concerned in the case", twice.Message);
        Assert.Equal(setup.CumbriaOfficer, Assert.Single(await db.InvestigationPeople.Where(p => p.InvestigationId == id).ToListAsync()).PersonId);
    }

    [Fact]
    public async Task Links_AreCheckedAgainstTheCasesForce_PerKind()
    {
        var (setup, id) = await OpenCaseAsync();
        await using var db = TestDatabase.Open(setup.Path, SystemActor.Instance, InvestigationTestSetup.Clock);
        var cumbriaGift = await DeclareAsync(db, setup.CumbriaOfficer);
        var thamesValleyGift = await DeclareAsync(db, setup.ThamesValleyOfficer);
        var investigation = await LoadAsync(db, id);
        var workflow = new InvestigationWorkflow(db);

        var otherForce = await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddLinkAsync(investigation, LinkedRecordKind.GiftDeclaration, thamesValleyGift));
        var missing = await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddLinkAsync(investigation, LinkedRecordKind.GiftDeclaration, 999_999));
        var notYet = await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddLinkAsync(investigation, LinkedRecordKind.ProcurementMatch, 1));
        await workflow.AddLinkAsync(investigation, LinkedRecordKind.GiftDeclaration, cumbriaGift);
        await db.SaveChangesAsync();
        var twice = await Assert.ThrowsAsync<InvestigationRuleException>(() => workflow.AddLinkAsync(investigation, LinkedRecordKind.GiftDeclaration, cumbriaGift));

        Assert.Equal("RecordId", otherForce.Field);
        Assert.Equal("RecordId", missing.Field);
        // Procurement matches can be linked now; there is no match 1 in the case's force.
        Assert.Equal("RecordId", notYet.Field);
        Assert.Equal("RecordId", twice.Field);
        var link = Assert.Single(await db.InvestigationLinks.Where(l => l.InvestigationId == id).ToListAsync());
        Assert.Equal((LinkedRecordKind.GiftDeclaration, cumbriaGift), (link.Kind, link.RecordId));
    }

    private static async Task<int> DeclareAsync(IntegrityDbContext db, int personId)
    {
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var organisation = new Organisation { ForceId = person.ForceId, Name = "Link Test Ltd" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var declaration = await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
        {
            OfferedOn = Today.AddDays(-2), OfferorName = "A. Offeror", OrganisationId = organisation.Id, Relationship = OfferorRelationship.Business,
            OfferType = OfferType.Gift, Description = "Wine", ValuePence = 1_500, Outcome = OfferOutcome.Declined, Reason = "Policy", InvolvedInPurchasing = false, IsCashOrEquivalent = false,
        });
        await db.SaveChangesAsync();
        return declaration.Id;
    }
}
