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

    /// <summary>What is offered, with the range of value (in pounds) a police officer would find plausible for it.</summary>
    private sealed record Offer(string Description, int FromPounds, int ToPounds);

    private static readonly Dictionary<OfferType, Offer[]> Descriptions = new()
    {
        [OfferType.Gift] = [new("Box of chocolates", 5, 25), new("Bottle of wine", 8, 40), new("Branded pen and notebook", 3, 15),
            new("Flowers for the team", 15, 45), new("Hamper at Christmas", 40, 150), new("Thank-you card and biscuits", 2, 10),
            new("Desk calendar", 3, 12), new("Bottle of whisky", 25, 90), new("Tin of biscuits for the station", 4, 15)],
        [OfferType.Hospitality] = [new("Lunch after a contract meeting", 15, 45), new("Dinner at an industry awards evening", 60, 180),
            new("Buffet at a charity reception", 10, 30), new("Drinks reception at a conference", 15, 40), new("Breakfast briefing", 8, 20),
            new("Working lunch during a site visit", 8, 25)],
        [OfferType.TicketOrEvent] = [new("Two tickets to a home football match", 50, 120), new("Corporate box at a cup fixture", 250, 600),
            new("Golf day with lunch", 80, 200), new("Tickets to a charity ball", 100, 250), new("Place at a regional business awards dinner", 80, 180),
            new("Concert tickets", 40, 150)],
        [OfferType.Travel] = [new("Return rail travel to a supplier demonstration", 40, 180), new("Hotel night at a trade exhibition", 90, 180),
            new("Taxi to a conference venue", 15, 45)],
        [OfferType.Discount] = [new("Staff discount on vehicle servicing", 20, 80), new("20% discount at a local restaurant", 10, 40),
            new("Discounted gym membership", 100, 300)],
        [OfferType.Gratuity] = [new("Cash tip offered after returning stolen property", 10, 50), new("Gift voucher offered by a grateful victim", 20, 100),
            new("Envelope of cash left at the front counter", 50, 500)],
        [OfferType.Other] = [new("Offer of free use of a holiday cottage", 300, 600), new("Free software trial licence", 50, 300),
            new("Free parking at a private car park", 20, 100)],
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
            // Up to four offers up to 60 days apart: start early enough that none is in the future.
            var start = today.AddDays(-random.Next(240, 400));
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
            NothingAfter(declaration, db.Clock.GetUtcNow().UtcDateTime);
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
        // The value fits what was offered; an offer given a value (the annual-value pattern) is
        // something that can be worth it.
        var choices = Descriptions[type];
        var fitting = value is { } given ? choices.Where(c => c.FromPounds * 100 <= given && given <= c.ToPounds * 100).ToArray() : choices;
        var offer = fitting.Length > 0 ? fitting[random.Next(fitting.Length)] : choices.MaxBy(c => c.ToPounds)!;
        var valuePence = value is { } fixedValue
            ? Math.Clamp(fixedValue, offer.FromPounds * 100L, offer.ToPounds * 100L)
            : random.Next(offer.FromPounds * 100, offer.ToPounds * 100 + 1);
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
            Description = offer.Description,
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
        declaration.RecordStep(declaredOn, DemoDeclarantUser, declaredUtc);

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
            declaration.RecordStep(stepOn > today ? today : stepOn, DemoDeclarantUser, stepUtc);
        }

        return declaration;
    }

    /// <summary>
    /// A step dated a few days after a recent declaration would lie in the future: it is moved
    /// back to now, as if it had been taken today, so no record is dated after the clock.
    /// </summary>
    private static void NothingAfter(GiftDeclaration declaration, DateTime now)
    {
        static DateTime? Cap(DateTime? utc, DateTime now) => utc > now ? now : utc;
        declaration.LineManagerDecidedUtc = Cap(declaration.LineManagerDecidedUtc, now);
        declaration.PsdApprovalDecidedUtc = Cap(declaration.PsdApprovalDecidedUtc, now);
        declaration.ReviewedUtc = Cap(declaration.ReviewedUtc, now);
        foreach (var version in declaration.Versions)
        {
            version.RecordedUtc = Cap(version.RecordedUtc, now)!.Value;
        }

        foreach (var change in declaration.StatusChanges)
        {
            change.RecordedUtc = Cap(change.RecordedUtc, now)!.Value;
        }
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
