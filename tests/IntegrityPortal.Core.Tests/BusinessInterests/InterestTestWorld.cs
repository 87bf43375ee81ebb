using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.BusinessInterests;

/// <summary>A clock the test moves: starts at 15 June 2026, 10:00 in London.</summary>
public sealed class MovableClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// A copy of the demo database and the demo accounts of one force, each as an actor with
/// their roles and person, so a test can take each step as the person who would take it.
/// </summary>
public sealed class InterestTestWorld
{
    public required string Path { get; init; }
    public required int ForceId { get; init; }
    public required string ForceCode { get; init; }
    public required int OrganisationId { get; init; }
    public MovableClock Clock { get; } = new();
    private Dictionary<string, (int? PersonId, string[] Roles)> accounts = [];

    public static async Task<InterestTestWorld> CreateAsync(string forceCode = "cumbria", Action<Forces.ForceSettings>? configure = null)
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var system = TestDatabase.OpenAsSystem(path);
        var forceId = await system.Forces.Where(f => f.Code == forceCode).Select(f => f.Id).SingleAsync();
        var users = await system.Users.Where(u => u.ForceId == forceId).Select(u => new { u.UserName, u.PersonId, u.Id }).ToListAsync();
        var roles = await system.UserRoles.ToListAsync();
        var organisation = new Organisation { ForceId = forceId, Name = "Test Second Jobs Ltd" };
        system.Organisations.Add(organisation);
        if (configure is not null)
        {
            configure(await system.ForceSettings.SingleAsync(s => s.ForceId == forceId));
        }

        await system.SaveChangesAsync();
        return new InterestTestWorld
        {
            Path = path,
            ForceId = forceId,
            ForceCode = forceCode,
            OrganisationId = organisation.Id,
            accounts = users.ToDictionary(u => u.UserName!.Split('.')[0], u => (u.PersonId, roles.Where(r => r.UserId == u.Id).Select(r => r.RoleId).ToArray())),
        };
    }

    public int? Person(string account) => accounts[account].PersonId;

    /// <summary>A context acting as the force's demo account "officer", "psd", "dcc"...</summary>
    public IntegrityDbContext As(string account) =>
        TestDatabase.Open(Path, new TestActor($"{account}.{ForceCode}", ForceId, new ForceScope(false, [ForceId]), accounts[account].Roles), Clock);

    public InterestDetails Details(decimal hours = 6, WorkSector sector = WorkSector.General, bool supplier = false) => new()
    {
        Kind = InterestKind.SecondaryEmployment,
        OrganisationId = OrganisationId,
        Sector = sector,
        Work = "Coaching at a sports club",
        HoursPerWeek = hours,
        WhenHoursFall = "Saturday mornings",
        ContractedHoursPerWeek = 40,
        PayBand = PayBand.UpTo5000,
        InsideForceArea = true,
        StartDate = new DateOnly(2026, 7, 1),
        UsesPoliceSkills = false,
        OrganisationSuppliesForce = supplier,
    };

    public async Task<int> DraftAsync(string applicant = "officer")
    {
        await using var db = As(applicant);
        var person = await db.People.SingleAsync(p => p.Id == Person(applicant));
        var interest = await new BusinessInterestWorkflow(db).CreateDraftAsync(person, Details());
        await db.SaveChangesAsync();
        return interest.Id;
    }

    /// <summary>Takes one step as the account and saves it.</summary>
    public async Task StepAsync(string account, int id, Func<BusinessInterestWorkflow, BusinessInterest, int?, Task> step)
    {
        await using var db = As(account);
        var interest = await db.BusinessInterests.SingleAsync(b => b.Id == id);
        await step(new BusinessInterestWorkflow(db), interest, Person(account));
        await db.SaveChangesAsync();
    }

    public async Task<BusinessInterest> LoadAsync(int id)
    {
        await using var db = TestDatabase.OpenAsSystem(Path);
        return await db.BusinessInterests.Include(b => b.Steps).Include(b => b.Versions).AsNoTracking().SingleAsync(b => b.Id == id);
    }
}
