using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.People;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>
/// The public register publishes "Police officer" or "Police staff" (chief officers by name
/// and rank), and a department only where it holds at least the force's minimum of people
/// (five unless the force sets more), so no entry points to one person.
/// </summary>
public class PublicRegisterGroupingTests
{
    private const string ThamesValley = "/Public/thames-valley/Gifts";
    private static readonly string[] ChiefRanks = ["Assistant Chief Constable", "Deputy Chief Constable", "Chief Constable"];

    /// <summary>A published entry by the only person of a new department, a superintendent; returns the department's name.</summary>
    private static async Task<string> LoneSuperintendentAsync(PortalFactory factory)
    {
        var forceId = await factory.ForceIdAsync("thames-valley");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var department = new Department { ForceId = forceId, Name = "Professional Standards Department (lone test unit)" };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        var superintendent = new Person
        {
            ForceId = forceId, Kind = PersonKind.Officer, Rank = PoliceRank.Superintendent, Number = "LONE-1",
            GivenName = "Lone", FamilyName = "Superintendent", DepartmentId = department.Id,
        };
        db.People.Add(superintendent);
        await db.SaveChangesAsync();
        var id = await db.GiftDeclarations.Where(d => d.ForceId == forceId && d.ReviewStatus == ReviewStatus.Reviewed && d.ApprovalStatus == ApprovalStatus.NotRequired)
            .OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        await db.GiftDeclarations.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.DeclarantId, superintendent.Id)
            .SetProperty(d => d.DepartmentId, department.Id)
            .SetProperty(d => d.OfferedOn, TimeProvider.System.Today())
            .SetProperty(d => d.Description, "Lone superintendent marker"));
        return department.Name;
    }

    [Fact]
    public async Task Get_PublishesGroupedRoles_AndOnlyDepartmentsOfFiveOrMore()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var lone = await LoneSuperintendentAsync(factory);
        var client = PortalClient.Anonymous(factory);

        var page = await client.GetPageAsync(ThamesValley);
        var csv = CsvRows(await (await client.GetAsync($"{ThamesValley}?handler=Csv")).Content.ReadAsStringAsync()).Skip(1).ToList();

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Lone superintendent marker"));
        Assert.Contains(PublicRegisterRules.PoliceOfficer, row.TextContent);
        Assert.DoesNotContain("Superintendent", row.TextContent);
        Assert.DoesNotContain(lone, page.Body!.TextContent);
        Assert.NotEmpty(csv);
        Assert.All(csv, r => Assert.True(r[1] is PublicRegisterRules.PoliceOfficer or PublicRegisterRules.PoliceStaff || ChiefRanks.Contains(r[1]), r[1]));
        var forceId = await factory.ForceIdAsync("thames-valley");
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var sizes = await db.People.Where(p => p.ForceId == forceId && p.IsActive && p.DepartmentId != null)
            .GroupBy(p => p.Department!.Name).Select(g => new { Name = g.Key, People = g.Count() }).ToDictionaryAsync(g => g.Name, g => g.People);
        var named = csv.Select(r => r[3]).Where(d => d.Length > 0).Distinct().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, d => Assert.True(sizes.GetValueOrDefault(d) >= 5, $"{d} has {sizes.GetValueOrDefault(d)} people"));
    }

    [Fact]
    public async Task ForceSetting_RaisesTheMinimum_AndRefusesOneBelowFive()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var forceId = await factory.ForceIdAsync("thames-valley");
        var admin = await PortalClient.SignInAsync(factory, "admin.thames-valley");

        var refused = await admin.PostFormAsync($"/Admin/Forces/Settings/{forceId}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department", ["Input.PublicDepartmentMinimumPeople"] = "1", ["Input.Version"] = "0",
        });
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("The smallest department named must hold between 5 and 1,000 people: fewer would point to a person", page.FieldError("Input_PublicDepartmentMinimumPeople"));
        Assert.Equal("1", page.QuerySelector("#Input_PublicDepartmentMinimumPeople")!.GetAttribute("value"));

        var saved = await admin.PostFormAsync($"/Admin/Forces/Settings/{forceId}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department", ["Input.PublicDepartmentMinimumPeople"] = "1000", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var csv = CsvRows(await (await PortalClient.Anonymous(factory).GetAsync($"{ThamesValley}?handler=Csv")).Content.ReadAsStringAsync()).Skip(1).ToList();
        Assert.NotEmpty(csv);
        Assert.All(csv, r => Assert.Equal(string.Empty, r[3]));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1000, (await db.ForceSettings.SingleAsync(s => s.ForceId == forceId)).PublicDepartmentMinimumPeople);
    }

    private static List<string[]> CsvRows(string csv) =>
        csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
}
