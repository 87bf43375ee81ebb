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
}
