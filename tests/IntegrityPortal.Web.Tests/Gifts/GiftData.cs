using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>Declarations for tests, made through the workflow as a declarant's page would.</summary>
public static class GiftData
{
    public static async Task<GiftDeclaration> DeclareAsync(
        IntegrityDbContext db,
        string declarantUserName,
        string organisationName,
        long valuePence,
        OfferOutcome outcome = OfferOutcome.Declined,
        OfferorRelationship relationship = OfferorRelationship.Business,
        int daysAgo = 1,
        bool involvedInPurchasing = false,
        string? description = null)
    {
        var personId = await db.Users.Where(u => u.UserName == declarantUserName).Select(u => u.PersonId).SingleAsync();
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.ForceId == person.ForceId && o.Name == organisationName);
        if (organisation is null)
        {
            organisation = new Organisation { ForceId = person.ForceId, Name = organisationName };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        var declaration = await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
        {
            OfferedOn = db.Clock.Today().AddDays(-daysAgo),
            OfferorName = "A. Offeror",
            OrganisationId = organisation.Id,
            Relationship = relationship,
            OfferType = OfferType.Hospitality,
            Description = description ?? $"Offer from {organisationName}",
            ValuePence = valuePence,
            Outcome = outcome,
            Reason = "Test",
            Disposal = outcome == OfferOutcome.Accepted ? GiftDisposal.KeptPersonally : null,
            InvolvedInPurchasing = involvedInPurchasing,
            IsCashOrEquivalent = false,
        });
        await db.SaveChangesAsync();
        return declaration;
    }

    /// <summary>An accepted offer above the approval value, approved by the line manager: it now awaits PSD.</summary>
    public static async Task<GiftDeclaration> AwaitingPsdAsync(IntegrityDbContext db, string declarantUserName, string organisationName)
    {
        var declaration = await DeclareAsync(db, declarantUserName, organisationName, 200_00, OfferOutcome.Accepted);
        var declarant = await db.People.SingleAsync(p => p.Id == declaration.DeclarantId);
        new GiftWorkflow(db).LineManagerDecide(declaration, declarant, declarant.LineManagerId, true, "Fine by me");
        await db.SaveChangesAsync();
        return declaration;
    }
}
