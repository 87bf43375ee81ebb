using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>Declarations made straight through the workflow, for tests that need one to exist.</summary>
public static class GiftTestData
{
    /// <summary>
    /// Declares, for the person of the demo account, an accepted offer of £120 (above the default
    /// approval value, so it awaits the line manager); returns the declaration's id.
    /// </summary>
    public static async Task<int> DeclareAcceptedAsync(string databasePath, string userName, long valuePence = 12_000)
    {
        await using var db = TestDatabase.OpenAsSystem(databasePath);
        return await DeclareAcceptedAsync(db, userName, valuePence);
    }

    public static async Task<int> DeclareAcceptedAsync(IntegrityDbContext db, string userName, long valuePence = 12_000)
    {
        var personId = await db.Users.Where(u => u.UserName == userName).Select(u => u.PersonId).SingleAsync()
            ?? throw new InvalidOperationException($"{userName} is not linked to a person.");
        var person = await db.People.SingleAsync(p => p.Id == personId);
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.ForceId == person.ForceId && o.Name == "Test Hospitality Ltd");
        if (organisation is null)
        {
            organisation = new Organisation { ForceId = person.ForceId, Name = "Test Hospitality Ltd" };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        var declaration = await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
        {
            OfferedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
            OfferorName = "Sam Host",
            OrganisationId = organisation.Id,
            Relationship = OfferorRelationship.Business,
            OfferType = OfferType.Hospitality,
            Description = "Dinner at a conference",
            ValuePence = valuePence,
            Outcome = OfferOutcome.Accepted,
            Reason = "Networking at a partnership event",
            Disposal = GiftDisposal.KeptPersonally,
            InvolvedInPurchasing = false,
            IsCashOrEquivalent = false,
        });
        await db.SaveChangesAsync();
        return declaration.Id;
    }
}
