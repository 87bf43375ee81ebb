using System.Globalization;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Training;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister;

/// <summary>What the training register's pages share: choices, and reading people's numbers.</summary>
public static class TrainingPages
{
    public const string ConfirmationKey = "TrainingConfirmation";

    public static readonly IReadOnlyList<SelectListItem> KindOptions =
        Enum.GetValues<CourseKind>().Select(k => new SelectListItem(k.Describe(), k.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> AudienceOptions =
        Enum.GetValues<TrainingAudience>().Select(a => new SelectListItem(a.Describe(), a.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> RankOptions =
        Enum.GetValues<PoliceRank>().Select(r => new SelectListItem(r.DisplayName(), ((int)r).ToString(CultureInfo.InvariantCulture))).ToList();

    public static readonly IReadOnlyList<SelectListItem> RoleOptions =
        TrainingRules.AudienceRoleChoices.Select(r => new SelectListItem(Core.Security.Roles.DisplayName(r), r)).ToList();

    public static readonly IReadOnlyList<TrainingStanding> Standings = Enum.GetValues<TrainingStanding>();

    /// <summary>Collar or staff numbers as typed: one per line, or separated by commas or spaces; each once.</summary>
    public static IReadOnlyList<string> Numbers(string? text) =>
        (text ?? string.Empty).Split(['\n', '\r', ',', ' ', '\t', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// The people of the force with those numbers (in any case, as the people register compares
    /// them), by the number as typed; a number not found is not in the answer.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> PeopleAsync(IntegrityDbContext db, int forceId, IReadOnlyList<string> numbers, CancellationToken ct)
    {
        var upper = numbers.Select(n => n.ToUpperInvariant()).ToList();
        var found = await db.People.Where(p => p.ForceId == forceId && upper.Contains(p.Number.ToUpper())).Select(p => new { p.Number, p.Id }).ToListAsync(ct);
        var byNumber = found.ToDictionary(p => p.Number.ToUpperInvariant(), p => p.Id);
        return numbers.Where(n => byNumber.ContainsKey(n.ToUpperInvariant())).ToDictionary(n => n, n => byNumber[n.ToUpperInvariant()], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A person and the name of their department, read in one query for a list.</summary>
    public sealed class PersonInDepartment
    {
        public required Person Person { get; init; }
        public string? Department { get; init; }
    }

    /// <summary>"The numbers A1, B2 are not people of the force", for the field that named them.</summary>
    public static string NotFound(IEnumerable<string> numbers)
    {
        var missing = numbers.ToList();
        return missing.Count == 1
            ? $"No one in the force has the number {missing[0]}"
            : $"No one in the force has the numbers {string.Join(", ", missing)}";
    }

    /// <summary>The count of a coverage row for one standing.</summary>
    public static int CountOf(CourseCoverageRow row, TrainingStanding standing) => standing switch
    {
        TrainingStanding.Current => row.Current,
        TrainingStanding.Due => row.Due,
        TrainingStanding.Overdue => row.Overdue,
        _ => row.NeverTrained,
    };

    /// <summary>Who must take a course, in words: "Everyone", "Officers of these ranks: Constable, Sergeant", "4 named people".</summary>
    public static async Task<string> AudienceTextAsync(IntegrityDbContext db, Course course, CancellationToken ct) => course.Audience switch
    {
        TrainingAudience.Departments => "People in these departments: " + string.Join(", ",
            await db.Departments.Where(d => course.Ids.Contains(d.Id)).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(ct)),
        TrainingAudience.Ranks => "Officers of these ranks: " + string.Join(", ", course.Ids.Order().Select(r => ((PoliceRank)r).DisplayName())),
        TrainingAudience.NamedPeople => course.Ids.Count == 1 ? "1 named person" : $"{course.Ids.Count} named people",
        TrainingAudience.Roles => "People in these roles: " + string.Join(", ", course.RoleNames.Select(Core.Security.Roles.DisplayName)),
        _ => course.Audience.Describe(),
    };
}
