using System.Text.Json;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration business interests for one force: the applications of September 2011 to May
/// 2012 in the numbers HMIC reported (<see cref="PeriodFigures"/>), all since ended, and
/// current applications in every state relative to today, including reviews due soon and
/// overdue. Applicants are the force's officers and staff below inspector; the assessor, the
/// decision maker and the appellate role are never the applicant or their line manager.
/// Entities are built in memory like <see cref="DemoGiftsSeeder"/>, with a seeded Random per force.
/// </summary>
public sealed class DemoBusinessInterestsSeeder(IntegrityDbContext db)
{
    private const string DemoUser = "demo-data";

    public static readonly DateOnly PeriodStart = new(2011, 9, 1);
    public static readonly DateOnly PeriodEnd = new(2012, 5, 31);

    /// <summary>
    /// Applications received and approved (with or without conditions) from 1 September 2011 to
    /// 31 May 2012, from HMIC's reports (table in the product brief). West Mercia is not in the
    /// reports: the demo gives it a modest number. The rest were refused.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (int Received, int Approved)> PeriodFigures = new Dictionary<string, (int, int)>
    {
        ["dyfed-powys"] = (57, 57),
        ["cumbria"] = (18, 17),
        ["avon-and-somerset"] = (63, 62),
        ["thames-valley"] = (129, 128),
        ["warwickshire"] = (35, 33),
        ["west-mercia"] = (40, 38),
    };

    private sealed record Employer(string Name, WorkSector Sector, InterestKind Kind, string Work, bool Supplier);

    private static readonly Employer[] Employers =
    [
        new("Parkside Football Club", WorkSector.General, InterestKind.UnpaidOrVoluntary, "Coaching the under-12s team on Saturday mornings", false),
        new("St Mary's Primary School", WorkSector.General, InterestKind.DirectorshipOrOffice, "School governor", false),
        new("Hill Farm Partnership", WorkSector.General, InterestKind.OwnBusiness, "Helping run the family farm", false),
        new("Lakeside Security Services Ltd", WorkSector.Security, InterestKind.SecondaryEmployment, "Door supervisor at weekend events", false),
        new("The Crown and Anchor", WorkSector.LicensedPremises, InterestKind.RelativesInterest, "My partner holds the premises licence", false),
        new("Riverside Investigations Ltd", WorkSector.PrivateInvestigation, InterestKind.SecondaryEmployment, "Process serving and tracing", false),
        new("County Bookmakers Ltd", WorkSector.BettingOrGaming, InterestKind.Shareholding, "Shares inherited from a parent", false),
        new("Fit4Life Gym", WorkSector.General, InterestKind.SecondaryEmployment, "Personal trainer two evenings a week", false),
        new("Northgate Vehicle Leasing Ltd", WorkSector.General, InterestKind.Shareholding, "Small shareholding bought on the stock market", true),
        new("Wedding Photography by Design", WorkSector.General, InterestKind.OwnBusiness, "Wedding photography at weekends", false),
        new("Regional Driving School", WorkSector.General, InterestKind.SecondaryEmployment, "Driving instructor on rest days", false),
        new("Open University", WorkSector.General, InterestKind.SecondaryEmployment, "Associate lecturer in criminology", false),
    ];

    private static readonly string[] Conditions =
        ["Not to be undertaken while on duty or on call", "No work in the force area", "Hours not to exceed 8 a week",
         "Not to use police systems or information", "To be reviewed if you change role"];

    private static readonly string[] RefusalReasons =
        ["The work conflicts with your duties in the force area", "Combined hours exceed the working-time limit",
         "Risk of using police information for private gain"];

    private sealed record Cast(Person Psd, Person DecisionMaker, Person Appellate, IReadOnlyList<Person> Applicants);

    private readonly Dictionary<string, Organisation> organisations = [];

    public async Task SeedForceAsync(Force force, ForceSettings settings, IReadOnlyList<Person> people, DateOnly today, int seed, CancellationToken ct = default)
    {
        var random = new Random(seed);
        foreach (var employer in Employers)
        {
            organisations[employer.Name] = db.Organisations.Local.FirstOrDefault(o => o.ForceId == force.Id && o.Name == employer.Name)
                ?? db.Organisations.Add(new Organisation { ForceId = force.Id, Name = employer.Name }).Entity;
        }

        await db.SaveChangesAsync(ct);

        var byRank = people.ToList();
        Person Holder(string role) => role == Roles.DeputyChiefConstable
            ? byRank.Single(p => p.Rank == PoliceRank.DeputyChiefConstable)
            : byRank.First(p => p.Department?.Name == "Professional Standards Department" && p.Rank == PoliceRank.Superintendent);
        var cast = new Cast(
            byRank.First(p => p.Department?.Name == "Professional Standards Department" && p.Rank == PoliceRank.Sergeant),
            Holder(settings.BusinessInterestDecisionMakerRole),
            Holder(settings.BusinessInterestAppellateRole),
            // Officers and staff below inspector: none line-manages or decides for the others.
            byRank.Where(p => (p.Rank is null || p.Rank <= PoliceRank.Sergeant) && p.Department?.Name is "Local Policing" or "Crime Investigation").ToList());

        SeedPeriod(force, cast, random);
        SeedCurrent(force, settings, cast, today, random);
    }

    private void SeedPeriod(Force force, Cast cast, Random random)
    {
        var (received, approved) = PeriodFigures[force.Code];
        var days = PeriodEnd.DayNumber - PeriodStart.DayNumber;
        for (var i = 0; i < received; i++)
        {
            var submitted = PeriodStart.AddDays(random.Next(days + 1));
            var interest = Build(force, cast, random, submitted, i);
            // Every application of the period was decided within it (HMIC's table has none
            // pending), and the figures read the dated steps: an application made near the end
            // is assessed and decided by the period's last day.
            var assessed = Earliest(submitted.AddDays(random.Next(3, 15)), PeriodEnd);
            Assess(interest, cast, assessed, random);
            var decided = Earliest(submitted.AddDays(random.Next(15, 40)), PeriodEnd);
            if (i < approved)
            {
                Decide(interest, cast, decided, i % 4 == 0 ? DecisionOutcome.ApprovedWithConditions : DecisionOutcome.Approved, random, 12);
                // Long since ended: the period's interests are history now.
                var ended = decided.AddMonths(random.Next(12, 84));
                interest.Status = InterestStatus.Ended;
                interest.EndedOn = ended;
                interest.ReviewDueOn = null;
                AddStep(interest, StepKind.Ended, interest.ApplicantId, "Holder", $"Ended {ended:yyyy-MM-dd}", null, ended);
            }
            else
            {
                Decide(interest, cast, decided, DecisionOutcome.Refused, random, 12);
                if (i == received - 1 && received - approved > 1)
                {
                    // Lodged and heard within the period when the refusal leaves time for it (a
                    // hearing takes 7 days after lodging), never before the refusal.
                    var lodged = Earliest(decided.AddDays(10), PeriodEnd.AddDays(-7));
                    Appeal(interest, cast, lodged < decided ? decided : lodged, AppealOutcome.Dismissed, 12);
                }
            }
        }
    }

    private void SeedCurrent(Force force, ForceSettings settings, Cast cast, DateOnly today, Random random)
    {
        var months = settings.BusinessInterestReviewMonths;
        var n = 1000;
        BusinessInterest New(int daysAgo, InterestStatus upTo)
        {
            var submitted = today.AddDays(-daysAgo);
            var interest = Build(force, cast, random, submitted, n++, draft: upTo == InterestStatus.Draft);
            if (upTo == InterestStatus.Draft)
            {
                return interest;
            }

            var applicant = cast.Applicants.First(p => p.Id == interest.ApplicantId);
            if (settings.BusinessInterestLineManagerStep && applicant.LineManagerId is { } manager)
            {
                interest.LineManagerPersonId = manager;
                interest.Status = InterestStatus.AwaitingLineManager;
                if (upTo == InterestStatus.AwaitingLineManager)
                {
                    return interest;
                }

                interest.Status = InterestStatus.AwaitingAssessment;
                AddStep(interest, StepKind.LineManagerSupported, manager, "Line manager", "Supports", "No concerns about this", submitted.AddDays(2));
            }

            if (upTo == InterestStatus.AwaitingAssessment)
            {
                return interest;
            }

            Assess(interest, cast, submitted.AddDays(4), random);
            return interest;
        }

        New(3, InterestStatus.Draft);
        New(5, InterestStatus.AwaitingLineManager);
        New(9, InterestStatus.AwaitingAssessment);
        New(12, InterestStatus.AwaitingAssessment);
        New(16, InterestStatus.AwaitingDecision);
        New(20, InterestStatus.AwaitingDecision);

        // Approved: review not yet due, due within the month, and overdue.
        var recent = New(70, InterestStatus.AwaitingDecision);
        Decide(recent, cast, today.AddDays(-60), DecisionOutcome.Approved, random, months);
        var dueSoon = New(360, InterestStatus.AwaitingDecision);
        Decide(dueSoon, cast, today.AddMonths(-months).AddDays(14), DecisionOutcome.ApprovedWithConditions, random, months);
        var overdue = New(420, InterestStatus.AwaitingDecision);
        Decide(overdue, cast, today.AddMonths(-months).AddDays(-20), DecisionOutcome.Approved, random, months);
        var overdueWithConditions = New(500, InterestStatus.AwaitingDecision);
        Decide(overdueWithConditions, cast, today.AddMonths(-months).AddDays(-75), DecisionOutcome.ApprovedWithConditions, random, months);

        // Refused: still within the appeal window, appealed and waiting, appeal dismissed, appeal upheld.
        var refused = New(30, InterestStatus.AwaitingDecision);
        Decide(refused, cast, today.AddDays(-5), DecisionOutcome.Refused, random, months);
        var appealed = New(60, InterestStatus.AwaitingDecision);
        Decide(appealed, cast, today.AddDays(-25), DecisionOutcome.Refused, random, months);
        appealed.AppealLodgedOn = today.AddDays(-20);
        appealed.AppealGrounds = "The hours are outside my shift pattern and away from the force area";
        appealed.Status = InterestStatus.AppealLodged;
        AddStep(appealed, StepKind.AppealLodged, appealed.ApplicantId, "Applicant", null, appealed.AppealGrounds, appealed.AppealLodgedOn.Value);
        var dismissed = New(150, InterestStatus.AwaitingDecision);
        Decide(dismissed, cast, today.AddDays(-120), DecisionOutcome.Refused, random, months);
        Appeal(dismissed, cast, today.AddDays(-110), AppealOutcome.Dismissed, months);
        var upheld = New(200, InterestStatus.AwaitingDecision);
        Decide(upheld, cast, today.AddDays(-170), DecisionOutcome.Refused, random, months);
        Appeal(upheld, cast, today.AddDays(-160), AppealOutcome.Upheld, months);

        var withdrawn = New(40, InterestStatus.AwaitingAssessment);
        withdrawn.Status = InterestStatus.Withdrawn;
        withdrawn.WithdrawnOn = today.AddDays(-30);
        AddStep(withdrawn, StepKind.Withdrawn, withdrawn.ApplicantId, "Applicant", null, "The job offer fell through", withdrawn.WithdrawnOn.Value);

        var revoked = New(600, InterestStatus.AwaitingDecision);
        Decide(revoked, cast, today.AddDays(-580), DecisionOutcome.Approved, random, months);
        revoked.Status = InterestStatus.Revoked;
        revoked.LastReviewedOn = today.AddDays(-200);
        revoked.ReviewDueOn = null;
        AddStep(revoked, StepKind.Reviewed, cast.Psd.Id, Roles.DisplayName(Roles.Psd), ReviewOutcome.Revoke.Describe(),
            "The hours now exceed the working-time limit", revoked.LastReviewedOn.Value);

        var ended = New(700, InterestStatus.AwaitingDecision);
        Decide(ended, cast, today.AddDays(-680), DecisionOutcome.Approved, random, months);
        ended.Status = InterestStatus.Ended;
        ended.EndedOn = today.AddDays(-90);
        ended.ReviewDueOn = null;
        AddStep(ended, StepKind.Ended, ended.ApplicantId, "Holder", $"Ended {ended.EndedOn:yyyy-MM-dd}", null, ended.EndedOn.Value);
    }

    private BusinessInterest Build(Force force, Cast cast, Random random, DateOnly submitted, int index, bool draft = false)
    {
        var applicant = cast.Applicants[random.Next(cast.Applicants.Count)];
        var employer = Employers[index % Employers.Length];
        var organisation = organisations[employer.Name];
        var details = new InterestDetails
        {
            Kind = employer.Kind,
            OrganisationId = organisation.Id,
            Sector = employer.Sector,
            Work = employer.Work,
            HoursPerWeek = employer.Kind is InterestKind.Shareholding or InterestKind.RelativesInterest ? 0 : random.Next(2, 13),
            WhenHoursFall = employer.Kind is InterestKind.Shareholding or InterestKind.RelativesInterest ? "None" : "Rest days and weekends",
            ContractedHoursPerWeek = BusinessInterestRules.DefaultContractedHours,
            PayBand = employer.Kind == InterestKind.UnpaidOrVoluntary ? PayBand.Unpaid : (PayBand)random.Next(2, 5),
            InsideForceArea = random.NextDouble() < 0.7,
            StartDate = submitted.AddDays(random.Next(14, 60)),
            UsesPoliceSkills = employer.Sector is WorkSector.Security or WorkSector.PrivateInvestigation,
            OrganisationSuppliesForce = employer.Supplier,
            ConflictSeen = employer.Sector == WorkSector.General ? null : "I would not work on anything touching a police matter",
        };
        var interest = new BusinessInterest
        {
            ForceId = force.Id,
            ApplicantId = applicant.Id,
            DepartmentId = applicant.DepartmentId,
            CreatedOn = submitted.AddDays(-1),
            SubmittedOn = draft ? null : submitted,
            Status = draft ? InterestStatus.Draft : InterestStatus.AwaitingAssessment,
            OrganisationName = organisation.Name,
            PreFlags = BusinessInterestRules.Flags(details, false),
            CurrentVersionNumber = 1,
        };
        interest.Apply(details);
        interest.Versions.Add(new BusinessInterestVersion
        {
            ForceId = force.Id,
            Number = 1,
            RecordedUtc = Utc(interest.CreatedOn),
            RecordedBy = DemoUser,
            Details = JsonSerializer.Serialize(details),
        });
        AddStep(interest, StepKind.Created, applicant.Id, "Applicant", null, null, interest.CreatedOn);
        if (!draft)
        {
            AddStep(interest, StepKind.Submitted, applicant.Id, "Applicant", null, null, submitted);
        }

        db.BusinessInterests.Add(interest);
        return interest;
    }

    private static void Assess(BusinessInterest interest, Cast cast, DateOnly on, Random random)
    {
        interest.RiskRating = interest.PreFlags.HasFlag(PreFlags.RiskyKindOfWork) ? RiskRating.High : (RiskRating)random.Next(1, 3);
        interest.AssessmentChecks = interest.PreFlags.HasFlag(PreFlags.RiskyKindOfWork) ? AssessmentChecks.PrivateInvestigationSecurityOrLicensed : AssessmentChecks.None;
        interest.AssessmentReasons = interest.RiskRating == RiskRating.High ? "The kind of work carries a risk of conflict" : "Low risk of conflict with police duties";
        interest.Status = InterestStatus.AwaitingDecision;
        AddStep(interest, StepKind.Assessed, cast.Psd.Id, Roles.DisplayName(Roles.Psd), $"{interest.RiskRating} risk", interest.AssessmentReasons, on);
    }

    private static void Decide(BusinessInterest interest, Cast cast, DateOnly on, DecisionOutcome outcome, Random random, int reviewMonths)
    {
        interest.DecisionOutcome = outcome;
        interest.DecidedOn = on;
        interest.DecidedByPersonId = cast.DecisionMaker.Id;
        interest.Conditions = outcome == DecisionOutcome.ApprovedWithConditions ? Conditions[random.Next(Conditions.Length)] : null;
        interest.DecisionReasons = outcome == DecisionOutcome.Refused ? RefusalReasons[random.Next(RefusalReasons.Length)] : null;
        interest.Status = outcome == DecisionOutcome.Refused ? InterestStatus.Refused : InterestStatus.Approved;
        interest.ReviewDueOn = outcome == DecisionOutcome.Refused ? null : BusinessInterestRules.NextReview(on, reviewMonths);
        AddStep(interest, StepKind.Decided, cast.DecisionMaker.Id, DecisionMakerRole(cast.DecisionMaker), outcome.Describe(),
            interest.Conditions ?? interest.DecisionReasons, on);
    }

    private static void Appeal(BusinessInterest interest, Cast cast, DateOnly lodged, AppealOutcome outcome, int reviewMonths)
    {
        interest.AppealLodgedOn = lodged;
        interest.AppealGrounds = "I believe the risk has been overstated";
        AddStep(interest, StepKind.AppealLodged, interest.ApplicantId, "Applicant", null, interest.AppealGrounds, lodged);
        var decided = lodged.AddDays(7);
        interest.AppealOutcome = outcome;
        interest.AppealDecidedOn = decided;
        if (outcome == AppealOutcome.Upheld)
        {
            interest.Status = InterestStatus.Approved;
            interest.Conditions = "Not to be undertaken in the force area";
            interest.ReviewDueOn = BusinessInterestRules.NextReview(decided, reviewMonths);
        }

        AddStep(interest, StepKind.AppealDecided, cast.Appellate.Id, DecisionMakerRole(cast.Appellate), outcome.Describe(),
            outcome == AppealOutcome.Upheld ? "Approved on appeal, with a condition" : "The original reasons stand", decided);
    }

    private static string DecisionMakerRole(Person person) =>
        Roles.DisplayName(person.Rank == PoliceRank.DeputyChiefConstable ? Roles.DeputyChiefConstable : Roles.HeadOfPsd);

    private static void AddStep(BusinessInterest interest, StepKind kind, int? personId, string role, string? outcome, string? comments, DateOnly on) =>
        interest.Steps.Add(new BusinessInterestStep
        {
            ForceId = interest.ForceId,
            Kind = kind,
            OccurredUtc = Utc(on),
            ByUserName = DemoUser,
            ByPersonId = personId,
            ByRole = role,
            Outcome = outcome,
            Comments = comments,
        });

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTime Utc(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
}
