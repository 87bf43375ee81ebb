using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration gifts and hospitality for one force: about 25 organisations and 250 to 350
/// declarations over the last 18 months, spread over all the force's people. The derived
/// fields (late, supplier, patterns, approval) come from <see cref="GiftRules"/>, as the
/// workflow would set them; the entities are built in memory and saved in one go, because
/// going through <see cref="GiftWorkflow"/> would query the database once per declaration.
/// Each force has its own seeded <see cref="Random"/>, so the data is the same on every run.
/// </summary>
public sealed class DemoGiftsSeeder(IntegrityDbContext db)
{
    private const string DemoDeclarantUser = "demo-data";

    private sealed record OrganisationSeed(string Name, string? CompanyNumber, OfferorRelationship Relationship);

    private static readonly OrganisationSeed[] OrganisationPool =
    [
        new("Northgate Vehicle Leasing Ltd", "01434395", OfferorRelationship.CurrentSupplier),
        new("Sentinel Body Armour Ltd", "07215590", OfferorRelationship.CurrentSupplier),
        new("Bluelight Radio Systems plc", "03318842", OfferorRelationship.CurrentSupplier),
        new("Crestline Facilities Management Ltd", "05820417", OfferorRelationship.CurrentSupplier),
        new("Forensic Analytics UK Ltd", "09127734", OfferorRelationship.BiddingOrLikelyToBid),
        new("Capita Custody Services Ltd", "04471920", OfferorRelationship.BiddingOrLikelyToBid),
        new("Redline Uniforms Ltd", "SC402117", OfferorRelationship.CurrentSupplier),
        new("Vantage Fleet Telematics Ltd", "10822316", OfferorRelationship.BiddingOrLikelyToBid),
        new("Harbour Catering Co Ltd", "06612098", OfferorRelationship.Business),
        new("The Old Mill Hotel and Restaurant", null, OfferorRelationship.Business),
        new("Greenfields Events Catering Ltd", "08841263", OfferorRelationship.Business),
        new("Riverside Community Trust", null, OfferorRelationship.Charity),
        new("Police Dependants' Trust", null, OfferorRelationship.Charity),
        new("Victim Support (local branch)", null, OfferorRelationship.Charity),
        new("Neighbourhood Watch Association", null, OfferorRelationship.Charity),
        new("County Evening Standard", "02219874", OfferorRelationship.Media),
        new("Heart FM Regional", "04023317", OfferorRelationship.Media),
        new("BBC Local Radio", null, OfferorRelationship.Media),
        new("ITV Regional News", "04967001", OfferorRelationship.Media),
        new("City Football Club Ltd", "00017288", OfferorRelationship.Business),
        new("Castle Hill Golf Club", null, OfferorRelationship.Business),
        new("Marsh & Partners Solicitors LLP", "OC331552", OfferorRelationship.Business),
        new("High Street Business Improvement District", null, OfferorRelationship.Business),
        new("County Council Highways Department", null, OfferorRelationship.PublicBody),
        new("Fire and Rescue Service", null, OfferorRelationship.PublicBody),
        new("University Criminology Department", null, OfferorRelationship.PublicBody),
        new("Member of the public", null, OfferorRelationship.MemberOfPublic),
    ];

    private static readonly Dictionary<OfferType, string[]> Descriptions = new()
    {
        [OfferType.Gift] = ["Box of chocolates", "Bottle of wine", "Branded pen and notebook", "Flowers for the team",
            "Hamper at Christmas", "Thank-you card and biscuits", "Desk calendar", "Bottle of whisky", "Tin of biscuits for the station"],
        [OfferType.Hospitality] = ["Lunch after a contract meeting", "Dinner at an industry awards evening", "Buffet at a charity reception",
            "Drinks reception at a conference", "Breakfast briefing", "Working lunch during a site visit"],
        [OfferType.TicketOrEvent] = ["Two tickets to a home football match", "Corporate box at a cup fixture", "Golf day with lunch",
            "Tickets to a charity ball", "Place at a regional business awards dinner", "Concert tickets"],
        [OfferType.Travel] = ["Return rail travel to a supplier demonstration", "Hotel night at a trade exhibition", "Taxi to a conference venue"],
        [OfferType.Discount] = ["Staff discount on vehicle servicing", "20% discount at a local restaurant", "Discounted gym membership"],
        [OfferType.Gratuity] = ["Cash tip offered after returning stolen property", "Gift voucher offered by a grateful victim", "Envelope of cash left at the front counter"],
        [OfferType.Other] = ["Offer of free use of a holiday cottage", "Free software trial licence", "Free parking at a private car park"],
    };

    private static readonly string[] DeclineReasons =
        ["Could be seen to influence a procurement decision", "Not appropriate given my role", "Offeror is currently involved in a case",
         "Declined in line with force policy", "Value too high to accept", "Cash or equivalent: never accepted"];

    private static readonly string[] AcceptReasons =
        ["Token of thanks, low value", "Shared with the team", "Part of a working meeting", "Representing the force at the event",
         "Refusing would have caused offence", "Attendance approved as part of role"];

    /// <summary>
    /// Adds the force's organisations (saved, so declarations and their JSON carry their ids)
    /// and declarations; the caller saves the declarations.
    /// </summary>
    public async Task SeedForceAsync(Force force, ForceSettings settings, IReadOnlyList<Person> people, DateOnly today, int seed, CancellationToken ct = default)
    {
        var random = new Random(seed);

        var organisations = OrganisationPool
            .Where(o => o.Relationship == OfferorRelationship.MemberOfPublic || random.NextDouble() < 0.93)
            .Select(o => (Seed: o, Entity: new Organisation { ForceId = force.Id, Name = o.Name, CompanyNumber = o.CompanyNumber }))
            .ToList();
        db.Organisations.AddRange(organisations.Select(o => o.Entity));
        await db.SaveChangesAsync(ct);

        var purchasers = people.Where(p => p.Department?.Name == "Procurement" || p.Rank >= PoliceRank.Superintendent).ToList();
        var suppliers = organisations.Where(o => GiftRules.IsSupplier(o.Seed.Relationship)).ToList();
        var offers = new List<(Person Person, (OrganisationSeed Seed, Organisation Entity) Org, DateOnly OfferedOn, long? Value, bool Purchasing)>();

        // The bulk: random people, organisations and dates over the last 18 months.
        var count = random.Next(250, 351);
        for (var i = 0; i < count; i++)
        {
            var person = people[random.Next(people.Count)];
            var org = organisations[random.Next(organisations.Count)];
            offers.Add((person, org, today.AddDays(-random.Next(0, 548)), null, false));
        }

        // Patterns PSD should find: repeat offers from one organisation to one person, and a
        // year's offers from one organisation adding up to more than the annual limit.
        for (var i = 0; i < 4; i++)
        {
            var person = people[random.Next(people.Count)];
            var org = organisations[random.Next(organisations.Count - 1)];
            var start = today.AddDays(-random.Next(60, 400));
            for (var j = 0; j < 3 + random.Next(2); j++)
            {
                offers.Add((person, org, start.AddDays(j * random.Next(15, 60)), i == 0 ? 9_000 + random.Next(0, 6_000) : null, false));
            }
        }

        // Chief officers are named in published registers: give each a few offers.
        foreach (var chief in people.Where(p => p.Rank?.IsChiefOfficer() == true))
        {
            for (var i = 0; i < 3; i++)
            {
                offers.Add((chief, organisations[random.Next(organisations.Count - 1)], today.AddDays(-random.Next(0, 548)), null, false));
            }
        }

        // Suppliers courting the people who buy from them.
        for (var i = 0; i < 8 && purchasers.Count > 0 && suppliers.Count > 0; i++)
        {
            offers.Add((purchasers[random.Next(purchasers.Count)], suppliers[random.Next(suppliers.Count)], today.AddDays(-random.Next(0, 548)), null, true));
        }

        // The workflow computes patterns from the declarations already made, so go in order.
        var history = new Dictionary<(Person, Organisation), List<(DateOnly OfferedOn, long ValuePence)>>();
        foreach (var offer in offers.OrderBy(o => o.OfferedOn))
        {
            var declaration = Build(offer.Person, offer.Org.Seed, offer.Org.Entity, offer.OfferedOn, offer.Value, offer.Purchasing, settings, today, random, history);
            db.GiftDeclarations.Add(declaration);
        }
    }

    private static GiftDeclaration Build(Person person, OrganisationSeed orgSeed, Organisation org, DateOnly offeredOn, long? value, bool purchasing,
        ForceSettings settings, DateOnly today, Random random, Dictionary<(Person, Organisation), List<(DateOnly, long)>> history)
    {
        var relationship = orgSeed.Relationship;
        var type = relationship switch
        {
            OfferorRelationship.Media => Pick(random, OfferType.Hospitality, OfferType.Gift, OfferType.TicketOrEvent),
            OfferorRelationship.CurrentSupplier or OfferorRelationship.BiddingOrLikelyToBid =>
                Pick(random, OfferType.Hospitality, OfferType.TicketOrEvent, OfferType.Gift, OfferType.Travel, OfferType.Discount),
            OfferorRelationship.MemberOfPublic => Pick(random, OfferType.Gift, OfferType.Gift, OfferType.Gratuity),
            _ => Pick(random, OfferType.Gift, OfferType.Hospitality, OfferType.TicketOrEvent, OfferType.Discount, OfferType.Other),
        };
        var cash = type == OfferType.Gratuity;
        var valuePence = value ?? random.NextDouble() switch
        {
            < 0.05 => 0,
            < 0.45 => random.Next(100, 2_000),
            < 0.75 => random.Next(2_000, 5_000),
            < 0.92 => random.Next(5_000, 15_000),
            _ => random.Next(15_000, 60_000),
        };
        valuePence = valuePence / 50 * 50;
        // About 60% declined; cash always, and dearer offers from suppliers more often.
        var declineChance = GiftRules.IsSupplier(relationship) ? 0.75 : 0.55;
        var outcome = cash || random.NextDouble() < declineChance ? OfferOutcome.Declined : OfferOutcome.Accepted;

        var details = new GiftDetails
        {
            OfferedOn = offeredOn,
            OfferorName = relationship == OfferorRelationship.MemberOfPublic ? "A member of the public" : $"{orgSeed.Name} representative",
            OrganisationId = org.Id,
            Relationship = relationship,
            OfferType = type,
            Description = Descriptions[type][random.Next(Descriptions[type].Length)],
            ValuePence = valuePence,
            Outcome = outcome,
            Reason = outcome == OfferOutcome.Declined
                ? (cash ? DeclineReasons[^1] : DeclineReasons[random.Next(DeclineReasons.Length - 1)])
                : AcceptReasons[random.Next(AcceptReasons.Length)],
            Disposal = outcome == OfferOutcome.Accepted
                ? Pick(random, GiftDisposal.KeptPersonally, GiftDisposal.KeptByForce, GiftDisposal.GivenToCharity, GiftDisposal.KeptPersonally)
                : null,
            InvolvedInPurchasing = purchasing || (GiftRules.IsSupplier(relationship) && random.NextDouble() < 0.1),
            IsCashOrEquivalent = cash,
        };

        // Most are declared within a fortnight; about one in ten after the deadline.
        var declaredOn = offeredOn.AddDays(random.NextDouble() < 0.1 ? settings.GiftDeclarationDeadlineDays + random.Next(1, 60) : random.Next(0, 15));
        if (declaredOn > today)
        {
            declaredOn = today;
        }

        var key = (person, org);
        if (!history.TryGetValue(key, out var earlier))
        {
            history[key] = earlier = [];
        }

        var declaration = new GiftDeclaration
        {
            ForceId = person.ForceId,
            DeclarantId = person.Id,
            DepartmentId = person.DepartmentId,
            DeclaredOn = declaredOn,
            OrganisationId = org.Id,
            OrganisationName = org.Name,
            IsLate = GiftRules.IsLate(offeredOn, declaredOn, settings.GiftDeclarationDeadlineDays),
            IsFromSupplier = GiftRules.IsSupplier(relationship),
            PatternFlags = GiftRules.Patterns(details, earlier, settings.GiftAnnualValueFlagPence),
            ApprovalStatus = GiftRules.InitialApproval(outcome, valuePence, settings.GiftApprovalThresholdPence),
            CurrentVersionNumber = 1,
        };
        declaration.Apply(details);
        earlier.Add((offeredOn, valuePence));

        var declaredUtc = declaredOn.ToDateTime(new TimeOnly(9, 0).Add(TimeSpan.FromMinutes(random.Next(0, 480))), DateTimeKind.Utc);
        declaration.Versions.Add(new GiftDeclarationVersion
        {
            ForceId = person.ForceId,
            Number = 1,
            RecordedUtc = declaredUtc,
            RecordedBy = DemoDeclarantUser,
            Details = JsonSerializer.Serialize(details),
        });

        declaration.ReviewStatus = ReviewStatus.AwaitingReview;
        declaration.StatusChanges.Add(GiftDeclarationStatusChange.Of(declaration, declaredOn, DemoDeclarantUser, declaredUtc));

        var age = today.DayNumber - declaredOn.DayNumber;
        if (declaration.ApprovalStatus == ApprovalStatus.AwaitingLineManager)
        {
            // Recent ones may still be waiting; older ones went through both decisions.
            var roll = random.NextDouble();
            if (age > 21 || roll < 0.4)
            {
                declaration.LineManagerDecidedBy = DemoDeclarantUser;
                declaration.LineManagerDecidedUtc = declaredUtc.AddDays(1);
                if (roll < 0.1)
                {
                    declaration.ApprovalStatus = ApprovalStatus.Refused;
                    declaration.LineManagerNote = "Not appropriate to accept: please return it";
                }
                else if (age <= 21 && roll < 0.25)
                {
                    declaration.ApprovalStatus = ApprovalStatus.AwaitingPsd;
                    declaration.LineManagerNote = "Supported";
                }
                else
                {
                    declaration.LineManagerNote = "Supported";
                    declaration.PsdApprovalDecidedBy = DemoDeclarantUser;
                    declaration.PsdApprovalDecidedUtc = declaredUtc.AddDays(3);
                    var refused = roll > 0.9;
                    declaration.ApprovalStatus = refused ? ApprovalStatus.Refused : ApprovalStatus.Approved;
                    declaration.PsdApprovalNote = refused ? "Refused: the offeror is a current supplier" : "Approved";
                }
            }
        }

        // PSD reviews most within a month; flagged ones sometimes need action or a referral.
        if (age > 30 || random.NextDouble() < 0.35)
        {
            var flagged = declaration.PatternFlags != PatternFlags.None || declaration.IsLate;
            var roll = random.NextDouble();
            declaration.ReviewStatus = flagged && roll < 0.25 ? ReviewStatus.NeedsAction
                : flagged && roll < 0.35 ? ReviewStatus.ReferredForInvestigation
                : !flagged && roll < 0.02 ? ReviewStatus.NeedsAction
                : ReviewStatus.Reviewed;
            declaration.ReviewedBy = DemoDeclarantUser;
            declaration.ReviewedUtc = declaredUtc.AddDays(random.Next(1, 20));
            declaration.ReviewNote = declaration.ReviewStatus switch
            {
                ReviewStatus.NeedsAction => "Speak to the declarant about the pattern of offers",
                ReviewStatus.ReferredForInvestigation => "Referred to the counter-corruption unit",
                _ => null,
            };
        }
        else
        {
            declaration.ReviewStatus = ReviewStatus.AwaitingReview;
        }

        // The later steps as one dated change: where the declaration stood after the last of them.
        var lastStepUtc = new[] { declaration.LineManagerDecidedUtc, declaration.PsdApprovalDecidedUtc, declaration.ReviewedUtc }.Max();
        if (lastStepUtc is { } stepUtc)
        {
            var stepOn = DateOnly.FromDateTime(stepUtc);
            declaration.StatusChanges.Add(GiftDeclarationStatusChange.Of(declaration, stepOn > today ? today : stepOn, DemoDeclarantUser, stepUtc));
        }

        return declaration;
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
