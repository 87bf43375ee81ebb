using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Procurement;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration procurement registers for one force, seeded after the gifts: about 40 suppliers,
/// 45 contracts and 150 card transactions. Hidden among them are real cross-register cases for
/// the cross-check to find, under the spellings finance systems and banks use: suppliers entered
/// again as "NORTHGATE VEHICLE LEASING LIMITED", "Sentinel Body Armor Ltd" (a typo) or
/// "Crestline Facilities Mgmt"; a declarant on the panel of a contract won by an organisation
/// that offered them hospitality; card spending at "OLD MILL HOTEL*R4T2" and "SQ *HARBOUR
/// CATERING" by people those places entertained. Near misses ("Northgate Vehicle Hire Ltd") and
/// everyday merchants ("AMZN MKTP UK*2K3") are there too, and must not match. The cross-check is
/// then run, so PSD's queue has matches to show.
/// </summary>
public sealed class DemoProcurementSeeder(IntegrityDbContext db)
{
    /// <summary>A supplier entered under another spelling of an organisation the gifts register holds, and its company number if the finance system has it.</summary>
    private static readonly (string GiftName, string SupplierName, string? CompanyNumber)[] Variants =
    [
        ("Northgate Vehicle Leasing Ltd", "NORTHGATE VEHICLE LEASING LIMITED", null),
        ("Sentinel Body Armour Ltd", "Sentinel Body Armor Ltd", null),
        ("Crestline Facilities Management Ltd", "Crestline Facilities Mgmt", null),
        ("Redline Uniforms Ltd", "Redline Uniforms Limited", "SC402117"),
        ("Forensic Analytics UK Ltd", "Forensic Analytics Ltd.", null),
        ("Vantage Fleet Telematics Ltd", "Vantage Fleet Telematics", null),
    ];

    private static readonly string[] NamePrefixes =
        ["Albion", "Beacon", "Cedar", "Dunmore", "Elmwood", "Foxglove", "Granite", "Hawthorn", "Ironbridge", "Juniper", "Kestrel", "Larkspur", "Meridian", "Norland", "Oakfield"];

    private static readonly string[] NameTrades =
        ["Office Supplies", "Cleaning", "Vehicle Parts", "Printing", "Building Maintenance", "Kennels and Dog Training", "Waste Management", "Laboratory Consumables"];

    private static readonly string[] Titles =
        ["Fleet maintenance", "Body armour replacement", "Custody cleaning", "Forensic toxicology", "Uniform supply", "Radio handsets",
         "Estates maintenance", "Printing of leaflets", "Vehicle telematics", "Kennelling of police dogs", "Office stationery", "Waste collection"];

    private static readonly string[] Postcodes = ["CA1 1AA", "SY23 1DE", "BS1 6AA", "OX1 1BB", "CV34 4RL", "WR1 2AB", "LA9 4DQ", "SA31 1AB"];

    private static readonly string[] EverydayMerchants =
        ["AMZN MKTP UK*2K3", "AMZN MKTP UK*7H1", "TESCO STORES 2345", "TRAINLINE.COM", "PREMIER INN 44012", "SHELL UK 1234", "VIKING DIRECT", "SCREWFIX DIRECT", "ROYAL MAIL", "NCP CAR PARK 0101"];

    /// <summary>Places that entertain officers and also take card payments, as a bank writes them.</summary>
    private static readonly (string GiftName, string Merchant)[] HospitalityMerchants =
    [
        ("The Old Mill Hotel and Restaurant", "OLD MILL HOTEL*R4T2"),
        ("Harbour Catering Co Ltd", "SQ *HARBOUR CATERING"),
        ("Castle Hill Golf Club", "CASTLE HILL GOLF CLUB 01"),
        ("Greenfields Events Catering Ltd", "GREENFIELDS EVENTS CATERING"),
    ];

    private static readonly OfferType[] HospitalityTypes = [OfferType.Hospitality, OfferType.TicketOrEvent, OfferType.Travel];

    public async Task SeedForceAsync(Force force, IReadOnlyList<Person> people, DateOnly today, int seed, CancellationToken ct = default)
    {
        var random = new Random(seed);
        var organisations = await db.Organisations.Where(o => o.ForceId == force.Id).ToListAsync(ct);
        var gifts = await db.GiftDeclarations.AsNoTracking().Where(g => g.ForceId == force.Id)
            .Select(g => new { g.Id, g.OrganisationId, g.DeclarantId, g.OfferedOn, g.OfferType }).ToListAsync(ct);
        var departments = await db.Departments.Where(d => d.ForceId == force.Id).ToDictionaryAsync(d => d.Name, ct);
        var procurementPeople = people.Where(p => p.DepartmentId == departments["Procurement"].Id).ToList();
        var supplierNumber = 0;
        var suppliers = new List<(Organisation Organisation, Supplier Supplier)>();

        Organisation NewOrganisation(string name, string? companyNumber)
        {
            var organisation = new Organisation { ForceId = force.Id, Name = name, CompanyNumber = companyNumber };
            db.Organisations.Add(organisation);
            organisations.Add(organisation);
            return organisation;
        }

        void AddSupplier(Organisation organisation, bool active = true)
        {
            var supplier = new Supplier
            {
                ForceId = force.Id,
                Organisation = organisation,
                SupplierReference = $"SUP-{++supplierNumber:D5}",
                RegisteredAddress = $"{random.Next(1, 200)} {Pick(random, "High Street", "Station Road", "Mill Lane", "Church Street", "Park Road")}, {Pick(random, "Carlisle", "Aberystwyth", "Bristol", "Oxford", "Warwick", "Worcester", "Kendal")}",
                Postcode = Pick(random, Postcodes),
                VatNumber = random.Next(3) == 0 ? null : $"GB{random.Next(100_000_000, 999_999_999)}",
                Status = active ? SupplierStatus.Active : SupplierStatus.Inactive,
            };
            db.Suppliers.Add(supplier);
            suppliers.Add((organisation, supplier));
        }

        // The hidden cases: suppliers under another spelling of an organisation that made offers.
        foreach (var (giftName, supplierName, companyNumber) in Variants)
        {
            if (organisations.Any(o => o.Name == giftName))
            {
                AddSupplier(NewOrganisation(supplierName, companyNumber));
            }
        }

        // Everyday suppliers, with one near miss that must not match ("Hire" is not "Leasing").
        AddSupplier(NewOrganisation("Northgate Vehicle Hire Ltd", null));
        foreach (var prefix in NamePrefixes)
        {
            AddSupplier(NewOrganisation($"{prefix} {Pick(random, NameTrades)} Ltd", null), active: random.Next(6) != 0);
            if (random.Next(2) == 0)
            {
                AddSupplier(NewOrganisation($"{prefix} {Pick(random, NameTrades)} Services", null));
            }
        }

        await db.SaveChangesAsync(ct);

        // Contracts over the last two years; the winner and bidders from the suppliers, the panel from procurement and the force.
        var awardingDepartments = new[] { "Procurement", "Operations Support", "Local Policing", "Crime Investigation" }.Where(departments.ContainsKey).ToList();
        var contractCount = 45;
        for (var n = 1; n <= contractCount; n++)
        {
            var hidden = n <= Variants.Length ? suppliers.FirstOrDefault(s => s.Organisation.Name == Variants[n - 1].SupplierName) : default;
            var winner = hidden.Organisation ?? suppliers[random.Next(suppliers.Count)].Organisation;
            var awarded = today.AddDays(-random.Next(20, 700));
            var route = Pick(random, ProcurementRoute.Tender, ProcurementRoute.Tender, ProcurementRoute.FrameworkCallOff, ProcurementRoute.Quotation, ProcurementRoute.DirectAward);
            var contract = new Contract
            {
                ForceId = force.Id,
                Reference = $"CT-{awarded.Year}-{n:D3}",
                Title = Pick(random, Titles),
                SupplierOrganisationId = winner.Id,
                ValuePence = route == ProcurementRoute.Quotation ? random.Next(2_000, 25_000) * 100L : random.Next(25_000, 2_000_000) * 100L,
                Route = route,
                TenderOpenedOn = route == ProcurementRoute.Tender ? awarded.AddDays(-random.Next(30, 120)) : null,
                AwardedOn = awarded,
                StartsOn = awarded.AddDays(random.Next(7, 60)),
                AwardingDepartmentId = departments[Pick(random, [.. awardingDepartments])].Id,
            };
            contract.EndsOn = contract.StartsOn!.Value.AddYears(random.Next(1, 5));
            if (route == ProcurementRoute.Tender)
            {
                foreach (var bidder in Enumerable.Range(0, random.Next(1, 4)).Select(_ => suppliers[random.Next(suppliers.Count)].Organisation).Where(o => o.Id != winner.Id).DistinctBy(o => o.Id))
                {
                    contract.Bidders.Add(new ContractBidder { ForceId = force.Id, OrganisationId = bidder.Id });
                }
            }

            var panel = procurementPeople.Concat(people.OrderBy(_ => random.Next()).Take(2)).DistinctBy(p => p.Id).ToList();
            // The hidden high-priority case: someone the winner made an offer to sat on the panel.
            if (hidden.Organisation is not null)
            {
                var giftOrganisation = organisations.SingleOrDefault(o => o.Name == Variants[n - 1].GiftName);
                // The declarant of the organisation's latest offer, which the award follows.
                var declarant = gifts.Where(g => g.OrganisationId == giftOrganisation?.Id).OrderByDescending(g => g.OfferedOn).ThenBy(g => g.Id)
                    .Select(g => (int?)g.DeclarantId).FirstOrDefault();
                if (declarant is { } id && n % 2 == 1)
                {
                    panel.Add(people.Single(p => p.Id == id));
                }

                // The award follows the organisation's latest offer by up to three months (never after today), as such a case would.
                var offered = gifts.Where(g => g.OrganisationId == giftOrganisation?.Id).Select(g => (DateOnly?)g.OfferedOn).Max();
                if (offered is { } last)
                {
                    var award = last.AddDays(Math.Min(90, today.DayNumber - last.DayNumber));
                    contract.AwardedOn = award;
                    contract.TenderOpenedOn = route == ProcurementRoute.Tender ? award.AddDays(-60) : null;
                    contract.StartsOn = award.AddDays(30);
                    contract.EndsOn = award.AddDays(30).AddYears(3);
                    contract.Reference = $"CT-{award.Year}-{n:D3}";
                }
            }

            foreach (var person in panel.DistinctBy(p => p.Id))
            {
                contract.People.Add(new ContractPerson { ForceId = force.Id, PersonId = person.Id, Part = ContractPart.PanelMember });
            }

            var signatory = people.Where(p => p.Rank is PoliceRank.ChiefConstable or PoliceRank.DeputyChiefConstable).OrderBy(p => p.Id).FirstOrDefault();
            if (signatory is not null)
            {
                contract.People.Add(new ContractPerson { ForceId = force.Id, PersonId = signatory.Id, Part = ContractPart.Signatory });
            }

            db.Contracts.Add(contract);
        }

        // Card transactions: everyday spending by a few card holders, and spending where the holder was entertained.
        var holders = procurementPeople.Concat(people.Where(p => p.Rank is PoliceRank.Sergeant or PoliceRank.Inspector).Take(4)).DistinctBy(p => p.Id).ToList();
        var bankNumber = 0;
        void AddCard(Person holder, DateOnly on, string merchant, string? category, string description) =>
            db.CardTransactions.Add(new CardTransaction
            {
                ForceId = force.Id,
                BankReference = $"{force.Code.ToUpperInvariant()}-{++bankNumber:D7}",
                CardHolderId = holder.Id,
                TransactionOn = on,
                MerchantName = merchant,
                AmountPence = random.Next(500, 40_000),
                MerchantCategory = category,
                Description = description,
            });

        for (var n = 0; n < 140; n++)
        {
            AddCard(holders[random.Next(holders.Count)], today.AddDays(-random.Next(1, 540)), Pick(random, EverydayMerchants), Pick(random, "5942 Book Stores", "4112 Passenger Railways", "5541 Service Stations", "7011 Hotels"), Pick(random, "Stationery", "Rail fare", "Fuel", "Hotel for a course", "Postage"));
        }

        foreach (var (giftName, merchant) in HospitalityMerchants)
        {
            var organisation = organisations.SingleOrDefault(o => o.Name == giftName);
            var entertained = gifts.Where(g => g.OrganisationId == organisation?.Id && HospitalityTypes.Contains(g.OfferType)).OrderBy(g => g.Id).Take(2);
            foreach (var offer in entertained)
            {
                var on = offer.OfferedOn.AddDays(random.Next(10, 90));
                if (on <= today)
                {
                    AddCard(people.Single(p => p.Id == offer.DeclarantId), on, merchant, "5812 Restaurants", "Team meal");
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await ProcurementCrossCheck.RunAsync(db, force.Id, ct);
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];
}
