using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Organisations;

/// <summary>
/// The force's list of organisations, as the registers' forms use it: a name typed in a form
/// reuses the organisation of the force with that name (in any case) or adds it, so the
/// registers' cross-checks match on one record.
/// </summary>
public static class OrganisationDirectory
{
    /// <summary>The id of the force's organisation of that name, added (and saved) if there is none; the caller should have begun a transaction.</summary>
    public static async Task<int> FindOrAddAsync(IntegrityDbContext db, int forceId, string name, string? companyNumber, CancellationToken ct = default)
    {
        name = name.Trim();
        var upper = name.ToUpperInvariant();
        var existing = await db.Organisations.Where(o => o.ForceId == forceId && o.Name.ToUpper() == upper).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return id;
        }

        var organisation = new Organisation
        {
            ForceId = forceId,
            Name = name,
            CompanyNumber = string.IsNullOrWhiteSpace(companyNumber) ? null : companyNumber.Trim().ToUpperInvariant(),
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation.Id;
    }

    /// <summary>The most a search returns: a picker offers a short list, never the force's whole list.</summary>
    public const int SearchLimit = 10;

    /// <summary>
    /// The force's organisations whose name starts with the text (first, alphabetically), then
    /// those that contain it, at most <see cref="SearchLimit"/>. The prefix search reads the
    /// (ForceId, Name) index; the contains search runs only when the prefix found too few.
    /// </summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> SearchAsync(IntegrityDbContext db, int forceId, string? text, CancellationToken ct = default)
    {
        text = (text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var found = await db.Organisations.AsNoTracking()
            .Where(o => o.ForceId == forceId && EF.Functions.Like(o.Name, escaped + "%", "\\"))
            .OrderBy(o => o.Name).Take(SearchLimit)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        if (found.Count < SearchLimit)
        {
            var ids = found.Select(o => o.Id).ToList();
            found.AddRange(await db.Organisations.AsNoTracking()
                .Where(o => o.ForceId == forceId && EF.Functions.Like(o.Name, "%" + escaped + "%", "\\") && !ids.Contains(o.Id))
                .OrderBy(o => o.Name).Take(SearchLimit - found.Count)
                .Select(o => new { o.Id, o.Name }).ToListAsync(ct));
        }

        return found.Select(o => (o.Id, o.Name)).ToList();
    }

    /// <summary>The id of the force's organisation with exactly that name (in any case), or null.</summary>
    public static async Task<int?> FindAsync(IntegrityDbContext db, int forceId, string name, CancellationToken ct = default)
    {
        var upper = name.Trim().ToUpperInvariant();
        return await db.Organisations.Where(o => o.ForceId == forceId && o.Name.ToUpper() == upper).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
    }
}
