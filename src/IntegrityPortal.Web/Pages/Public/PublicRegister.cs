using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Public;

/// <summary>
/// What the public pages may read. Visitors are anonymous, so the force query filters let
/// them see no force at all; these queries therefore use <c>IgnoreQueryFilters()</c> and
/// restrict themselves explicitly to forces whose settings say they publish. Every public
/// query must go through here or repeat that restriction.
/// </summary>
public static class PublicRegister
{
    /// <summary>Forces that publish their gifts and hospitality register, by name.</summary>
    public static IQueryable<Force> PublishingForces(IntegrityDbContext db) =>
        db.Forces.Where(f => db.ForceSettings.IgnoreQueryFilters().Any(s => s.ForceId == f.Id && s.PublishesGiftRegister));

    /// <summary>The force with this code if it publishes its register; null otherwise (the page answers 404).</summary>
    public static Task<Force?> PublishingForceAsync(IntegrityDbContext db, string code, CancellationToken ct) =>
        PublishingForces(db).AsNoTracking().SingleOrDefaultAsync(f => f.Code == code, ct);
}
