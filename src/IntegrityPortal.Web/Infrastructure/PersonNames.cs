using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Shows the account that did something (records keep its user name) as the person behind it,
/// by name and rank or grade, never by user name. The one way pages name a person who acted.
/// </summary>
/// <remarks>
/// One small query per distinct user name on a page, remembered for the request. The lookup
/// ignores the force filter on purpose: whoever acted on a record the user may see is named,
/// even when that person belongs to another force (an alliance PSD officer, a national account),
/// and a name and rank is no more than the record itself already discloses.
/// </remarks>
public sealed class PersonNames(IntegrityDbContext db)
{
    /// <summary>Said of the portal itself ("system" acts at start-up and in scheduled steps).</summary>
    public const string Portal = "the portal";

    private readonly Dictionary<string, string> known = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string> OfAsync(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return "nobody recorded";
        }

        if (userName == Core.Security.SystemActor.Instance.UserName)
        {
            return Portal;
        }

        if (userName == Core.Demo.DemoInvestigationsSeeder.DemoUser)
        {
            return "the demonstration data";
        }

        if (known.TryGetValue(userName, out var name))
        {
            return name;
        }

        var account = await db.Users.AsNoTracking().IgnoreQueryFilters()
            .Where(u => u.UserName == userName)
            .Select(u => new { u.DisplayName, Person = u.Person == null ? null : new { u.Person.GivenName, u.Person.FamilyName, u.Person.Kind, u.Person.Rank, u.Person.Grade } })
            .SingleOrDefaultAsync();
        name = account switch
        {
            null => "an account no longer held",
            { Person: { } p } => new Core.People.Person
            {
                Number = string.Empty, GivenName = p.GivenName, FamilyName = p.FamilyName, Kind = p.Kind, Rank = p.Rank, Grade = p.Grade,
            }.NameAndRankOrGrade,
            _ => account.DisplayName,
        };
        known[userName] = name;
        return name;
    }
}
