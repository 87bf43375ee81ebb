using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Tests.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Investigations;

public class GiftReferralsTests
{
    private static async Task<(InvestigationTestSetup Setup, int DeclarationId)> DeclaredAsync()
    {
        var setup = await InvestigationTestSetup.CreateAsync();
        await using var db = setup.Open();
        var organisation = new Organisation { ForceId = setup.Cumbria, Name = "Referral Test Supplies Ltd" };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var declarant = await db.People.SingleAsync(p => p.Id == setup.CumbriaOfficer);
        var declaration = await new GiftWorkflow(db).DeclareAsync(declarant,
            GiftRulesTests.Offer(offeredOn: InvestigationTestSetup.Today.AddDays(-3), organisationId: organisation.Id));
        await db.SaveChangesAsync();
        return (setup, declaration.Id);
    }

    [Fact]
    public async Task OpenCase_IsAGiftsCaseAboutTheDeclarant_LinkedToTheDeclaration_WithTheNoteInItsSummaryAndLog()
    {
        var (setup, declarationId) = await DeclaredAsync();
        await using (var db = setup.Open())
        {
            var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == declarationId);
            await new GiftReferrals(db).OpenCaseAsync(declaration, " Tickets from a bidder ");
            // The caller saves, so the case is written with the review or not at all.
            Assert.Empty(await db.Investigations.ToListAsync());
            await db.SaveChangesAsync();
        }

        await using var check = setup.Open();
        var opened = await check.Investigations.Include(i => i.People).Include(i => i.Links).Include(i => i.LogEntries).SingleAsync();
        Assert.Equal((InvestigationCategory.GiftsAndHospitality, InvestigationOrigin.InternalReferral, InvestigationTestSetup.Today, setup.Cumbria),
            (opened.Category, opened.Origin, opened.OpenedOn, opened.ForceId));
        Assert.Equal($"Referred on review of gifts and hospitality declaration GH-{declarationId:D6}: Tickets from a bidder", opened.Summary);
        Assert.Equal(setup.CumbriaOfficer, Assert.Single(opened.People).PersonId);
        Assert.Equal((LinkedRecordKind.GiftDeclaration, declarationId), (Assert.Single(opened.Links).Kind, opened.Links[0].RecordId));
        Assert.EndsWith("Tickets from a bidder", Assert.Single(opened.LogEntries).Text);
    }

    [Fact]
    public async Task LinkCase_RefusesAClosedCaseACaseOfAnotherForceAndOneAlreadyLinked()
    {
        var (setup, declarationId) = await DeclaredAsync();
        int open, closed, otherForce;
        await using (var system = TestDatabase.OpenAsSystem(setup.Path))
        {
            var workflow = new InvestigationWorkflow(system);
            var openCase = await workflow.OpenAsync(setup.Cumbria, InvestigationCategory.Procurement, InvestigationOrigin.Audit, InvestigationTestSetup.Today.AddDays(-5), "Tender");
            var closedCase = await workflow.OpenAsync(setup.Cumbria, InvestigationCategory.Other, InvestigationOrigin.Audit, InvestigationTestSetup.Today.AddDays(-5), "Old");
            var otherCase = await workflow.OpenAsync(setup.ThamesValley, InvestigationCategory.Other, InvestigationOrigin.Audit, InvestigationTestSetup.Today.AddDays(-5), "Elsewhere");
            await system.SaveChangesAsync();
            workflow.Close(closedCase, closedCase.OpenedOn, InvestigationOutcome.NoCaseToAnswer, null);
            await system.SaveChangesAsync();
            (open, closed, otherForce) = (openCase.Id, closedCase.Id, otherCase.Id);
        }

        await using var db = setup.Open();
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == declarationId);
        var referrals = new GiftReferrals(db);

        foreach (var refused in new[] { closed, otherForce, 999_999 })
        {
            var e = await Assert.ThrowsAsync<InvestigationRuleException>(() => referrals.LinkCaseAsync(declaration, refused));
            Assert.Equal(("CaseId", GiftReferrals.NotAnOpenCase), (e.Field, e.Message));
        }

        Assert.Equal(open, (await referrals.LinkCaseAsync(declaration, open)).Id);
        await db.SaveChangesAsync();
        var again = await Assert.ThrowsAsync<InvestigationRuleException>(() => referrals.LinkCaseAsync(declaration, open));
        Assert.Equal("RecordId", again.Field);
        Assert.Single(await db.InvestigationLinks.ToListAsync());
    }
}
