using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.Security.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Demo;

/// <summary>
/// Demonstration data for Development: the six forces, departments, people with line
/// managers, gifts and hospitality declarations (<see cref="DemoGiftsSeeder"/>), business
/// interests (<see cref="DemoBusinessInterestsSeeder"/>), media contacts and suspected leaks
/// (<see cref="DemoMediaSeeder"/>), investigations and anti-corruption unit staffing
/// (<see cref="DemoInvestigationsSeeder"/>), policies (<see cref="DemoPoliciesSeeder"/>), training
/// (<see cref="DemoTrainingSeeder"/>), self-assessments (<see cref="DemoSelfAssessmentSeeder"/>), a quarterly cross-check meeting (<see cref="DemoCrossCheckMeetingSeeder"/>), and one account per role per force named
/// <c>{role}.{force}</c>, plus the national
/// <c>inspector</c> and <c>admin</c>. Runs only on a database with no forces, after
/// <see cref="RoleSeeder"/>; production never calls it.
/// </summary>
/// <param name="withGifts">False leaves the registers empty: tests of a register that count
/// exact rows start from people and accounts only.</param>
/// <param name="enrolNationalAuthenticators">True only when the app seeds Development's own
/// database: the national accounts, which must sign in with a second factor, get the
/// published <see cref="AuthenticatorKey"/>. Test databases leave every account unenrolled.</param>
/// <param name="passwordIterations">The PBKDF2 iterations of the demo accounts' password hash.
/// Tests sign in thousands of times and pass far fewer; the portal's own count otherwise.</param>
public sealed class DemoDataSeeder(IntegrityDbContext db, bool withGifts = true, bool enrolNationalAuthenticators = false,
    int passwordIterations = PasswordHashing.Iterations)
{
    public const string Password = "integrity-demo-2026";

    /// <summary>
    /// The authenticator key of the national demo accounts in Development (Base32, as typed into
    /// an authenticator app; README). Published, so never used outside demonstration data.
    /// </summary>
    public const string AuthenticatorKey = "INTEGRITYPORTALDEMOAUTHENTICATOR";

    private static readonly string[] GivenNames =
        ["Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Mia", "Noah", "Grace", "Jack", "Freya", "Rhys",
         "Seren", "Dylan", "Eleri", "Owen", "Lily", "Thomas", "Sophie", "Callum", "Hannah", "Arjun", "Priya", "Kwame"];

    private static readonly string[] FamilyNames =
        ["Jones", "Davies", "Evans", "Pritchard", "Roberts", "Hughes", "Walker", "Wright", "Robinson", "Thompson",
         "Clarke", "Hall", "Lewis", "Morgan", "Price", "Patel", "Khan", "Green", "Baker", "Turner", "Ward", "Ellis"];

    private static readonly string[] DepartmentNames =
        ["Chief Officer Group", "Professional Standards Department", "Local Policing", "Crime Investigation",
         "Operations Support", "Procurement", "Office of the Police and Crime Commissioner"];

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Forces.AnyAsync(ct))
        {
            return false;
        }

        var random = new Random(2012);
        var alliance = new Alliance { Name = DemoForces.Alliance };
        db.Alliances.Add(alliance);
        await db.SaveChangesAsync(ct);
        var forces = new List<Force>();
        // Every demo account has the same published password: hash it once.
        var passwordHash = new PasswordHasher<ApplicationUser>(
            Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = passwordIterations }))
            .HashPassword(null!, Password);

        foreach (var (code, name, inAlliance, pressDepartment) in DemoForces.All)
        {
            var media = DemoMediaSeeder.SettingsFor(code);
            var force = new Force
            {
                Code = code,
                Name = name,
                AllianceId = inAlliance ? alliance.Id : null,
                Settings = new ForceSettings
                {
                    ProfessionalStandardsName = inAlliance ? "Alliance Professional Standards Department" : "Professional Standards Department",
                    IntegrityContactEmail = $"integrity@{code}.police.example",
                    // Thames Valley published its register at the time of HMIC's 2012 report;
                    // Avon and Somerset does too in the demo. Cumbria and the others do not.
                    PublishesGiftRegister = code is "thames-valley" or "avon-and-somerset",
                    MediaDepartmentName = media.DepartmentName,
                    MediaAdvanceNoticeRequired = media.AdvanceNoticeRequired,
                    // HMIC: Warwickshire routes through the line manager and its deputy chief
                    // constable decides; in Thames Valley the head of PSD decides. Thames Valley
                    // has no line-manager step in the demo, so both shapes of route exist. The
                    // appeal goes to the other of the two roles (ADR 0014).
                    BusinessInterestLineManagerStep = code != "thames-valley",
                    BusinessInterestDecisionMakerRole = inAlliance ? Roles.DeputyChiefConstable : Roles.HeadOfPsd,
                    BusinessInterestAppellateRole = inAlliance ? Roles.HeadOfPsd : Roles.DeputyChiefConstable,
                },
            };
            db.Forces.Add(force);
            await db.SaveChangesAsync(ct);
            SeedForce(force, pressDepartment, passwordHash, random);
            await db.SaveChangesAsync(ct);
            // Gifts have their own seeded Random per force, so they never shift the people above.
            var people = db.People.Local.Where(p => p.ForceId == force.Id).OrderBy(p => p.Id).ToList();
            if (withGifts)
            {
                await new DemoGiftsSeeder(db).SeedForceAsync(force, force.Settings!, people, db.Clock.Today(), 4000 + force.Id, ct);
                await db.SaveChangesAsync(ct);
                await new DemoMediaSeeder(db).SeedForceAsync(force, force.Settings!, people, db.Clock.GetUtcNow().UtcDateTime, 5000 + force.Id, ct);
                await db.SaveChangesAsync(ct);
                await new DemoBusinessInterestsSeeder(db).SeedForceAsync(force, force.Settings!, people, db.Clock.Today(), 6000 + force.Id, ct);
                await db.SaveChangesAsync(ct);
                new DemoInvestigationsSeeder(db).SeedForce(force, people, db.Clock.Today(), 7000 + force.Id);
                await db.SaveChangesAsync(ct);
                await new DemoProcurementSeeder(db).SeedForceAsync(force, people, db.Clock.Today(), 8000 + force.Id, ct);
                await db.SaveChangesAsync(ct);
            }

            // Each save looks over every tracked entity: a force's thousands of records, once
            // saved, are let go so the next force's saves do not grow slower and slower.
            forces.Add(force);
            db.ChangeTracker.Clear();
        }

        if (withGifts)
        {
            // After every force, so the alliance's shared policy reaches both of its forces.
            await new DemoPoliciesSeeder(db).SeedAsync(forces, db.Clock.Today(), ct);
            await new DemoTrainingSeeder(db).SeedAsync(forces, db.Clock.Today(), ct);
            await new DemoSelfAssessmentSeeder(db).SeedAsync(forces, db.Clock.Today(), ct);
            await new DemoCrossCheckMeetingSeeder(db).SeedAsync(forces, db.Clock.Today(), ct);
        }

        AddAccount(null, null, "inspector", "HMIC Inspector", Roles.Inspector, passwordHash);
        AddAccount(null, null, "admin", "National Administrator", Roles.Administrator, passwordHash);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private void SeedForce(Force force, string pressDepartment, string passwordHash, Random random)
    {
        var departments = DepartmentNames.Append(pressDepartment)
            .ToDictionary(n => n, n => new Department { ForceId = force.Id, Name = n });
        db.Departments.AddRange(departments.Values);
        var number = 1000;

        Person NewPerson(string department, PoliceRank? rank, string? grade, Person? manager) =>
            new()
            {
                ForceId = force.Id,
                Kind = rank is null ? PersonKind.Staff : PersonKind.Officer,
                Number = rank is null ? $"S{++number}" : $"{++number}",
                GivenName = GivenNames[random.Next(GivenNames.Length)],
                FamilyName = FamilyNames[random.Next(FamilyNames.Length)],
                Rank = rank,
                Grade = grade,
                Department = departments[department],
                LineManager = manager,
            };

        var chief = NewPerson("Chief Officer Group", PoliceRank.ChiefConstable, null, null);
        var dcc = NewPerson("Chief Officer Group", PoliceRank.DeputyChiefConstable, null, chief);
        var headOfPsd = NewPerson("Professional Standards Department", PoliceRank.Superintendent, null, dcc);
        var psd = NewPerson("Professional Standards Department", PoliceRank.Sergeant, null, headOfPsd);
        var inspector = NewPerson("Local Policing", PoliceRank.Inspector, null, dcc);
        var manager = NewPerson("Local Policing", PoliceRank.Sergeant, null, inspector);
        var officer = NewPerson("Local Policing", PoliceRank.Constable, null, manager);
        var staff = NewPerson("Local Policing", null, "Grade 4", manager);
        var press = NewPerson(pressDepartment, null, "Grade 6", dcc);
        var procurement = NewPerson("Procurement", null, "Grade 7", dcc);
        var admin = NewPerson("Operations Support", null, "Grade 5", dcc);
        db.People.AddRange(chief, dcc, headOfPsd, psd, inspector, manager, officer, staff, press, procurement, admin);

        // A team under each sergeant and a few detectives, so lists and line management have depth.
        for (var i = 0; i < 12; i++)
        {
            var department = i < 8 ? "Local Policing" : "Crime Investigation";
            db.People.Add(NewPerson(department, i % 4 == 3 ? null : PoliceRank.Constable, i % 4 == 3 ? "Grade 3" : null, i < 8 ? manager : inspector));
        }

        AddAccount(force, officer, $"officer.{force.Code}", null, Roles.Officer, passwordHash);
        AddAccount(force, staff, $"staff.{force.Code}", null, Roles.Officer, passwordHash);
        AddAccount(force, manager, $"manager.{force.Code}", null, Roles.Officer, passwordHash);
        AddAccount(force, psd, $"psd.{force.Code}", null, Roles.Psd, passwordHash);
        AddAccount(force, headOfPsd, $"head-of-psd.{force.Code}", null, Roles.HeadOfPsd, passwordHash);
        AddAccount(force, dcc, $"dcc.{force.Code}", null, Roles.DeputyChiefConstable, passwordHash);
        AddAccount(force, press, $"press-office.{force.Code}", null, Roles.PressOffice, passwordHash);
        AddAccount(force, procurement, $"procurement.{force.Code}", null, Roles.Procurement, passwordHash);
        AddAccount(force, null, $"pcc.{force.Code}", $"Police and Crime Commissioner, {force.Name}", Roles.Pcc, passwordHash);
        AddAccount(force, admin, $"admin.{force.Code}", null, Roles.Administrator, passwordHash);
    }

    private void AddAccount(Force? force, Person? person, string userName, string? displayName, string role, string passwordHash)
    {
        var user = new ApplicationUser
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            DisplayName = displayName ?? $"{person!.GivenName} {person.FamilyName}",
            ForceId = force?.Id,
            Person = person,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role });
        if (enrolNationalAuthenticators && force is null)
        {
            // As UserManager.ResetAuthenticatorKeyAsync would store it, with a known key.
            user.TwoFactorEnabled = true;
            db.UserTokens.Add(new IdentityUserToken<string> { UserId = user.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = AuthenticatorKey });
        }
    }
}
