using IntegrityPortal.Core;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

/// <summary>
/// A hand-made quarter for the pack, eight years back so the demonstration data has nothing in
/// it: a contract awarded in it (winner and a bidder, offers inside and outside the window), a
/// tender opened in it, a contract of the quarter before; offers; matches raised inside and
/// outside it; card spending with and without a card-spend match.
/// </summary>
public static class CrossCheckMeetingData
{
    public static Quarter PackQuarter => Quarter.Containing(UkTime.Today(TimeProvider.System).AddYears(-8));

    public sealed record Made(string Awarded, string Opened, string Earlier, int MatchInQuarter, int MatchBefore, int CardMatch, string Winner, string Bidder, string TopOfferor);

    public static async Task<Made> SeedAsync(PortalFactory factory, string forceCode = "cumbria")
    {
        var q = PackQuarter;
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var forceId = await db.Forces.Where(f => f.Code == forceCode).Select(f => f.Id).SingleAsync();
        var person = await db.Users.Where(u => u.UserName == $"officer.{forceCode}").Select(u => u.Person!).SingleAsync();
        Organisation Org(string name) => new() { ForceId = forceId, Name = name };
        var (winner, bidder, top, outsider) = (Org("Wessex Vehicle Leasing Ltd"), Org("Downland Fleet Services"), Org("Bluebell Catering Ltd"), Org("Heron Uniforms"));
        db.Organisations.AddRange(winner, bidder, top, outsider);
        await db.SaveChangesAsync();

        var awardedOn = q.FirstDay.AddDays(40);
        var awarded = new Contract { ForceId = forceId, Reference = "MTG-AWARD-1", Title = "Vehicle leasing", SupplierOrganisationId = winner.Id, ValuePence = 125_000_00, Route = ProcurementRoute.Tender, TenderOpenedOn = q.FirstDay.AddDays(-60), AwardedOn = awardedOn };
        awarded.Bidders.Add(new ContractBidder { ForceId = forceId, OrganisationId = bidder.Id });
        var opened = new Contract { ForceId = forceId, Reference = "MTG-OPEN-1", Title = "Uniform supply", ValuePence = 40_000_00, Route = ProcurementRoute.Tender, TenderOpenedOn = q.FirstDay.AddDays(20) };
        var earlier = new Contract { ForceId = forceId, Reference = "MTG-EARLIER-1", Title = "Catering", SupplierOrganisationId = top.Id, ValuePence = 9_000_00, Route = ProcurementRoute.DirectAward, AwardedOn = q.FirstDay.AddDays(-5) };
        db.Contracts.AddRange(awarded, opened, earlier);
        await db.SaveChangesAsync();

        var workflow = new GiftWorkflow(db);
        async Task<GiftDeclaration> Offer(Organisation organisation, DateOnly on, long pence)
        {
            var gift = await workflow.DeclareAsync(person, new GiftDetails
            {
                OfferedOn = on, OfferorName = "A. Offeror", OrganisationId = organisation.Id, Relationship = OfferorRelationship.Business,
                OfferType = OfferType.Hospitality, Description = "Dinner", ValuePence = pence, Outcome = OfferOutcome.Declined, Reason = "Policy",
                InvolvedInPurchasing = false, IsCashOrEquivalent = false,
            });
            await db.SaveChangesAsync();
            return gift;
        }

        await Offer(winner, awardedOn.AddDays(-30), 60_00);          // in the window and the quarter
        await Offer(bidder, awardedOn.AddDays(20), 45_00);           // in the window and the quarter
        await Offer(winner, awardedOn.AddMonths(-13), 80_00);        // outside the 12-month window
        var topOffer = await Offer(top, q.FirstDay.AddDays(2), 30_00);
        await Offer(top, q.FirstDay.AddDays(3), 30_00);
        await Offer(top, q.FirstDay.AddDays(4), 30_00);

        var card = new CardTransaction { ForceId = forceId, BankReference = "MTG-CARD-1", CardHolderId = person.Id, TransactionOn = q.FirstDay.AddDays(15), MerchantName = "BLUEBELL CATERING", AmountPence = 212_50 };
        var otherCard = new CardTransaction { ForceId = forceId, BankReference = "MTG-CARD-2", CardHolderId = person.Id, TransactionOn = q.FirstDay.AddDays(16), MerchantName = "STATIONERS LTD", AmountPence = 12_00 };
        db.CardTransactions.AddRange(card, otherCard);
        await db.SaveChangesAsync();

        ProcurementMatch Match(MatchKind kind, MatchRecordKind left, int leftId, MatchRecordKind right, int rightId, int? rightOrganisation, DateTime raised) => new()
        {
            ForceId = forceId, Kind = kind, LeftKind = left, LeftId = leftId, RightKind = right, RightId = rightId, RightOrganisationId = rightOrganisation,
            Score = 90, Reason = "Made by the test", Priority = MatchPriority.Normal, RaisedUtc = raised,
        };
        var inQuarter = Match(MatchKind.OfferFromSupplier, MatchRecordKind.GiftDeclaration, topOffer.Id, MatchRecordKind.Contract, earlier.Id, top.Id, q.StartUtc.AddDays(5));
        inQuarter.Status = MatchStatus.NoConcern;
        inQuarter.SettledUtc = q.StartUtc.AddDays(9);
        var before = Match(MatchKind.DuplicateOrganisation, MatchRecordKind.Organisation, winner.Id, MatchRecordKind.Organisation, outsider.Id, outsider.Id, q.StartUtc.AddDays(-3));
        var cardMatch = Match(MatchKind.CardSpendWithOfferor, MatchRecordKind.CardTransaction, card.Id, MatchRecordKind.GiftDeclaration, topOffer.Id, top.Id, q.StartUtc.AddDays(20));
        db.ProcurementMatches.AddRange(inQuarter, before, cardMatch);
        await db.SaveChangesAsync();
        return new Made(awarded.Reference, opened.Reference, earlier.Reference, inQuarter.Id, before.Id, cardMatch.Id, winner.Name, bidder.Name, top.Name);
    }

    public static async Task<string> NumberOfAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Person!.Number).SingleAsync();
    }

    public static async Task<int> MeetingCountAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.CrossCheckMeetings.CountAsync() + await db.MeetingActions.CountAsync() + await db.MeetingAttendees.CountAsync();
    }

    public static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(), [$"{field}.Month"] = date.Month.ToString(), [$"{field}.Year"] = date.Year.ToString(),
    };
}
