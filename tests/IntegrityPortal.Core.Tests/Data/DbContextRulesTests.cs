using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Data;

/// <summary>The rules every save obeys: force isolation, no deletes, audit, concurrency.</summary>
public class DbContextRulesTests
{
    private static async Task<(string Path, int Cumbria, int ThamesValley, int Warwickshire, int WestMercia)> DatabaseAsync()
    {
        var path = await TestDatabase.CreateCopyAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var ids = await db.Forces.ToDictionaryAsync(f => f.Code, f => f.Id);
        return (path, ids["cumbria"], ids["thames-valley"], ids["warwickshire"], ids["west-mercia"]);
    }

    private static TestActor Of(int forceId, string role = Roles.Officer) =>
        new($"{role}.test", forceId, new ForceScope(false, [forceId]), role);

    [Fact]
    public void EveryForceOwnedEntity_HasTheForceQueryFilter()
    {
        // The model of users limited to some forces; national users have a model without it.
        using var db = TestDatabase.Open(Path.Combine(Path.GetTempPath(), "model-only.db"), Of(1));

        var owned = db.Model.GetEntityTypes().Where(t => typeof(IForceOwned).IsAssignableFrom(t.ClrType)).ToList();

        Assert.NotEmpty(owned);
        Assert.All(owned, t => Assert.NotEmpty(t.GetDeclaredQueryFilters()));
    }

    [Fact]
    public void NoForeignKeyOfTheDomain_CascadesDeletes()
    {
        using var db = TestDatabase.OpenAsSystem(Path.Combine(Path.GetTempPath(), "model-only.db"));

        var cascading = db.Model.GetEntityTypes()
            .Where(t => t.ClrType.Namespace!.StartsWith("IntegrityPortal"))
            .SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade)
            .Select(fk => fk.ToString())
            .ToList();

        Assert.Empty(cascading);
    }

    [Fact]
    public async Task Query_UserOfOneForce_SeesOnlyThatForcesPeople()
    {
        var (path, cumbria, thamesValley, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Of(cumbria));

        var forces = await db.People.Select(p => p.ForceId).Distinct().ToListAsync();

        Assert.Equal([cumbria], forces);
        Assert.Null(await db.People.FirstOrDefaultAsync(p => p.ForceId == thamesValley));
    }

    [Fact]
    public async Task Query_AlliancePsd_SeesBothAllianceForces()
    {
        var (path, _, _, warwickshire, westMercia) = await DatabaseAsync();
        var actor = new TestActor("psd.warwickshire", warwickshire, ForceScope.For(warwickshire, [Roles.Psd], [warwickshire, westMercia]), Roles.Psd);
        await using var db = TestDatabase.Open(path, actor);

        var forces = await db.People.Select(p => p.ForceId).Distinct().OrderBy(f => f).ToListAsync();

        Assert.Equal(new[] { warwickshire, westMercia }.Order(), forces);
    }

    [Fact]
    public async Task Save_RecordIntoAnotherForce_IsRefusedAndNothingWritten()
    {
        var (path, cumbria, thamesValley, _, _) = await DatabaseAsync();
        await using (var db = TestDatabase.Open(path, Of(cumbria, Roles.Administrator)))
        {
            db.People.Add(new Person { ForceId = thamesValley, Number = "X1", GivenName = "Eve", FamilyName = "Intruder", Kind = PersonKind.Staff, Grade = "1" });
            await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
        }

        await using var check = TestDatabase.OpenAsSystem(path);
        Assert.False(await check.People.AnyAsync(p => p.Number == "X1"));
    }

    [Fact]
    public async Task Save_MovingARecordToAnotherForce_IsRefused()
    {
        var (path, cumbria, thamesValley, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Of(cumbria, Roles.Administrator));
        var person = await db.People.FirstAsync();

        person.ForceId = thamesValley;

        await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Delete_DomainRecord_IsRefused()
    {
        var (path, cumbria, _, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Of(cumbria, Roles.Administrator));
        var person = await db.People.FirstAsync();

        db.People.Remove(person);

        await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_Change_WritesAuditEventWithWhoWhatAndOldAndNewValues()
    {
        var (path, cumbria, _, _, _) = await DatabaseAsync();
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        int personId;
        await using (var db = TestDatabase.Open(path, Of(cumbria, Roles.Administrator), clock))
        {
            var person = await db.People.OrderBy(p => p.Id).FirstAsync();
            personId = person.Id;
            person.FamilyName = "Renamed";
            await db.SaveChangesAsync();
        }

        await using var check = TestDatabase.OpenAsSystem(path);
        var audit = await check.AuditEvents.SingleAsync(e => e.EntityType == "Person" && e.EntityId == personId.ToString() && e.Action == AuditAction.Changed);
        Assert.Equal("admin.test", audit.UserName);
        Assert.Equal(Roles.Administrator, audit.Roles);
        Assert.Equal(cumbria, audit.ActorForceId);
        Assert.Equal(cumbria, audit.RecordForceId);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), audit.OccurredUtc);
        Assert.Contains("\"to\":\"Renamed\"", audit.Changes);
    }

    [Fact]
    public async Task Save_Created_WritesAuditEventWithTheNewKey()
    {
        var (path, cumbria, _, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.Open(path, Of(cumbria, Roles.Administrator));
        var department = new Department { ForceId = cumbria, Name = "Roads Policing" };
        db.Departments.Add(department);

        await db.SaveChangesAsync();

        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "Department" && e.EntityId == department.Id.ToString());
        Assert.Equal(AuditAction.Created, audit.Action);
        Assert.Contains("Roads Policing", audit.Changes);
    }

    [Fact]
    public async Task Save_ThatFails_LeavesNoAuditEvent()
    {
        var (path, cumbria, _, _, _) = await DatabaseAsync();
        await using (var db = TestDatabase.Open(path, Of(cumbria, Roles.Administrator)))
        {
            var existing = await db.Departments.FirstAsync();
            // Unique (force, name): the insert fails, and with it the audit event.
            db.Departments.Add(new Department { ForceId = cumbria, Name = existing.Name });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = TestDatabase.OpenAsSystem(path);
        Assert.Equal(0, await check.AuditEvents.CountAsync(e => e.EntityType == "Department" && e.UserName == "admin.test"));
    }

    [Fact]
    public async Task Save_BumpsVersion_AndAStaleVersionFails()
    {
        var (path, cumbria, _, _, _) = await DatabaseAsync();
        await using var first = TestDatabase.Open(path, Of(cumbria, Roles.Administrator));
        await using var second = TestDatabase.Open(path, Of(cumbria, Roles.Administrator));
        var mine = await first.People.OrderBy(p => p.Id).FirstAsync();
        var theirs = await second.People.OrderBy(p => p.Id).FirstAsync();

        mine.GivenName = "First";
        await first.SaveChangesAsync();
        theirs.GivenName = "Second";

        Assert.Equal(1, mine.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_AuditEvent_CannotBeChanged()
    {
        var (path, cumbria, _, _, _) = await DatabaseAsync();
        await using var db = TestDatabase.OpenAsSystem(path);
        var audit = await db.AuditEvents.FirstAsync();

        audit.UserName = "someone else";

        await Assert.ThrowsAsync<DomainRuleException>(() => db.SaveChangesAsync());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
