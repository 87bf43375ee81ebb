using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>
/// A duplicate-organisation match still to settle and its two organisations, read within the user's
/// forces (another force's match is not found), for the merge's two pages.
/// </summary>
public sealed record MergePair(ProcurementMatch Match, Organisation Left, Organisation Right)
{
    public const string KeepMissing = "Select the name to keep";

    public static async Task<MergePair?> FindAsync(IntegrityDbContext db, int id, CancellationToken ct)
    {
        var match = await db.ProcurementMatches.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.Kind == MatchKind.DuplicateOrganisation, ct);
        if (match is null)
        {
            return null;
        }

        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.ForceId == match.ForceId && (o.Id == match.LeftId || o.Id == match.RightId)).ToListAsync(ct);
        var left = organisations.SingleOrDefault(o => o.Id == match.LeftId);
        var right = organisations.SingleOrDefault(o => o.Id == match.RightId);
        return left is null || right is null ? new MergePair(match, null!, null!) { Gone = true } : new MergePair(match, left, right);
    }

    /// <summary>One of the two is no longer held (merged already).</summary>
    public bool Gone { get; init; }

    public bool CanMerge => !Gone && Match.Status == MatchStatus.New;

    public IReadOnlyList<SelectListItem> Options =>
    [
        new(Describe(Left), Left.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(Describe(Right), Right.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>The organisation chosen to keep, read from the posted text; null for anything but one of the two.</summary>
    public Organisation? Chosen(string? keep) =>
        keep == Left.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ? Left
        : keep == Right.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ? Right
        : null;

    public Organisation Other(Organisation kept) => kept.Id == Left.Id ? Right : Left;

    private static string Describe(Organisation o) => o.CompanyNumber is { } number ? $"{o.Name} (company {number})" : o.Name;
}
