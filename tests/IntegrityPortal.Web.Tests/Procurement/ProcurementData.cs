using IntegrityPortal.Core;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

/// <summary>What the procurement tests set up directly in the database: an offer made to a person of a force.</summary>
public static class ProcurementData
{
    public static DateOnly Today => UkTime.Today(TimeProvider.System);

    /// <summary>UK date as an import file writes it.</summary>
    public static string Uk(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An offer declared by the account's person from a new organisation of that name; returns the declaration, organisation and the person's number.</summary>
    public static async Task<(int GiftId, int OrganisationId, string PersonNumber)> OfferAsync(PortalFactory factory, string userName, string organisationName,
        int daysAgo = 30, OfferType type = OfferType.Hospitality)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var person = await db.Users.Where(u => u.UserName == userName).Select(u => u.Person!).SingleAsync();
        var organisation = new Organisation { ForceId = person.ForceId, Name = organisationName };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var declaration = await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
        {
            OfferedOn = Today.AddDays(-daysAgo), OfferorName = "A. Offeror", OrganisationId = organisation.Id, Relationship = OfferorRelationship.Business,
            OfferType = type, Description = "Dinner", ValuePence = 4_500, Outcome = OfferOutcome.Declined, Reason = "Policy",
            InvolvedInPurchasing = false, IsCashOrEquivalent = false,
        });
        await db.SaveChangesAsync();
        return (declaration.Id, organisation.Id, person.Number);
    }

    public static async Task<string> NumberOfAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Person!.Number).SingleAsync();
    }

    public static async Task<List<ProcurementMatch>> MatchesAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.ProcurementMatches.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }
}
