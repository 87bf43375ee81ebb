using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.People;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Gifts;

public class PublicRegisterRulesTests
{
    [Theory]
    [InlineData(PersonKind.Officer, PoliceRank.Constable, "Police officer")]
    [InlineData(PersonKind.Officer, PoliceRank.Superintendent, "Police officer")]
    [InlineData(PersonKind.Officer, PoliceRank.ChiefSuperintendent, "Police officer")]
    [InlineData(PersonKind.Officer, null, "Police officer")]
    [InlineData(PersonKind.Staff, null, "Police staff")]
    [InlineData(PersonKind.Officer, PoliceRank.AssistantChiefConstable, "Assistant Chief Constable")]
    [InlineData(PersonKind.Officer, PoliceRank.ChiefConstable, "Chief Constable")]
    public void GroupedRole_HidesEveryRankButAChiefOfficers(PersonKind kind, PoliceRank? rank, string published)
    {
        Assert.Equal(published, PublicRegisterRules.GroupedRole(kind, rank));
    }

    [Theory]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(4, 1, false)]
    [InlineData(9, 10, false)]
    [InlineData(10, 10, true)]
    public void NamesDepartment_OnlyFromTheMinimum_NeverBelowFive(int people, int setting, bool named)
    {
        Assert.Equal(named, PublicRegisterRules.NamesDepartment(people, setting));
    }

    [Fact]
    public async Task NameableDepartmentIds_CountsActivePeopleInTheDatabase()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(path);
        var force = await db.Forces.Where(f => f.Code == "cumbria").Select(f => f.Id).SingleAsync();
        var small = new Department { ForceId = force, Name = "Four-person unit" };
        var five = new Department { ForceId = force, Name = "Five-person unit" };
        db.Departments.AddRange(small, five);
        await db.SaveChangesAsync();
        Person PersonIn(Department d, int n, bool active = true) => new()
        {
            ForceId = force, Kind = PersonKind.Staff, Number = $"T{d.Id}-{n}", GivenName = "Test", FamilyName = $"Person {n}",
            Grade = "Grade 5", DepartmentId = d.Id, IsActive = active,
        };
        db.People.AddRange(Enumerable.Range(1, 4).Select(n => PersonIn(small, n)));
        // A fifth person who has left does not make the small unit nameable.
        db.People.Add(PersonIn(small, 5, active: false));
        db.People.AddRange(Enumerable.Range(1, 5).Select(n => PersonIn(five, n)));
        await db.SaveChangesAsync();

        var nameable = await PublicRegisterRules.NameableDepartmentIds(db.People, force, 5).ToListAsync();
        var stricter = await PublicRegisterRules.NameableDepartmentIds(db.People, force, 6).ToListAsync();
        var unsafeSetting = await PublicRegisterRules.NameableDepartmentIds(db.People, force, 1).ToListAsync();

        Assert.Contains(five.Id, nameable);
        Assert.DoesNotContain(small.Id, nameable);
        Assert.DoesNotContain(five.Id, stricter);
        Assert.DoesNotContain(small.Id, unsafeSetting);
    }
}
