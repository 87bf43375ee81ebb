using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Pages.Gifts;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement;

/// <summary>What the procurement registers' pages share: choices, money, the user's force.</summary>
public static class ProcurementPages
{
    public const string ConfirmationKey = "ProcurementConfirmation";

    /// <summary>What the confirmation says of the cross-check that ran after the save.</summary>
    public static string Raised(int matches) =>
        matches == 0 ? string.Empty : $" The cross-check raised {matches} new {(matches == 1 ? "match" : "matches")} for PSD to review.";

    /// <summary>
    /// How many of the cross-check's matches name a record just added: those with the record on
    /// either side, and those that take one of the organisations it names for a second spelling
    /// of another. Read from the matches the database holds rather than carried in the address,
    /// so the confirmation says the same on a reload and an edited link cannot change it. The
    /// force filter applies as ever.
    /// </summary>
    public static Task<int> MatchesNamingAsync(IntegrityDbContext db, MatchRecordKind kind, int id, IReadOnlyCollection<int> organisationIds, CancellationToken ct) =>
        db.ProcurementMatches.AsNoTracking().CountAsync(m =>
            (m.LeftKind == kind && m.LeftId == id)
            || (m.RightKind == kind && m.RightId == id)
            || (m.Kind == MatchKind.DuplicateOrganisation && (organisationIds.Contains(m.LeftId) || organisationIds.Contains(m.RightId))), ct);

    public static readonly IReadOnlyList<SelectListItem> StatusOptions =
        Enum.GetValues<SupplierStatus>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> RouteOptions =
        Enum.GetValues<ProcurementRoute>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    /// <summary>An enum choice read from text by its name or its words ("Framework call-off"); null for anything else.</summary>
    public static T? Choice<T>(string? text) where T : struct, Enum
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0 || value.Any(char.IsDigit))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        return Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(Describe(v!.Value), value, StringComparison.OrdinalIgnoreCase));
    }

    private static string Describe<T>(T value) where T : struct, Enum => value switch
    {
        SupplierStatus s => s.Describe(),
        ProcurementRoute r => r.Describe(),
        _ => value.ToString(),
    };

    /// <summary>
    /// An amount in pounds as a person or a finance system writes it ("£1,250.00", "-12.5"), in
    /// pence, within ±£1 billion; the message says what is wrong otherwise.
    /// </summary>
    public static bool TryParsePounds(string? text, bool allowNegative, out long pence, out string? error)
    {
        pence = 0;
        var digits = (text ?? string.Empty).Split('.')[0].Count(char.IsDigit);
        if (digits > 10)
        {
            error = "Enter an amount of less than £1,000,000,000";
            return false;
        }

        if (!Money.TryParsePence(text, out pence, out error))
        {
            error = error == Money.NotANumber ? "Enter the amount in pounds and pence, like 12.50 or 1,250" : error;
            return false;
        }

        if (pence < 0 && !allowNegative)
        {
            error = "Enter an amount of £0 or more";
            return false;
        }

        if (Math.Abs(pence) > ProcurementRules.MaximumValuePence)
        {
            error = "Enter an amount of less than £1,000,000,000";
            return false;
        }

        return true;
    }

    /// <summary>The person of the force with that collar or staff number, or null.</summary>
    public static async Task<int?> PersonIdAsync(IntegrityDbContext db, int forceId, string? number, CancellationToken ct)
    {
        var trimmed = (number ?? string.Empty).Trim();
        return trimmed.Length == 0
            ? null
            : await db.People.Where(p => p.ForceId == forceId && p.Number == trimmed).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
    }
}
