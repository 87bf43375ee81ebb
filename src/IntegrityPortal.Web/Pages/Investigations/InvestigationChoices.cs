using System.Text.RegularExpressions;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>The choices the investigation pages offer, and the checks they share.</summary>
public static partial class InvestigationChoices
{
    public static readonly IReadOnlyList<SelectListItem> Categories =
        Enum.GetValues<InvestigationCategory>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Origins =
        Enum.GetValues<InvestigationOrigin>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Statuses =
        Enum.GetValues<InvestigationStatus>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<InvestigationOutcome>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> LinkKinds =
        RecordLinks.Available.Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    /// <summary>The forces the user serves, for a force field shown only to an alliance PSD.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> ForcesAsync(IntegrityDbContext db, CancellationToken ct) =>
        await db.VisibleForces.OrderBy(f => f.Name).Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(ct);

    /// <summary>
    /// The force a form or filter is for: the one chosen, which must be one the user serves, or
    /// the user's only force. Adds a message to <paramref name="key"/> and returns null otherwise.
    /// </summary>
    public static int? Force(int? chosen, IReadOnlyList<SelectListItem> forces, ModelStateDictionary modelState, string key, bool required)
    {
        if (chosen is { } id)
        {
            if (forces.Any(f => f.Value == id.ToString()))
            {
                return id;
            }

            modelState.AddModelError(key, "Choose a force from the list");
            return null;
        }

        if (forces.Count == 1)
        {
            return int.Parse(forces[0].Value);
        }

        if (required)
        {
            modelState.AddModelError(key, "Choose the force");
        }

        return null;
    }

    /// <summary>
    /// Puts <paramref name="message"/> in place of whatever the field has, so a tampered or
    /// unreadable choice gets the field's own message rather than the binder's "Enter a valid value".
    /// </summary>
    public static void ReplaceErrors(this ModelStateDictionary modelState, string key, string message)
    {
        if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            entry.Errors.Add(message);
        }
    }

    /// <summary>A record's id from what PSD types: "GH-000123", "MC-45" or "123".</summary>
    public static int? RecordId(string? reference)
    {
        var match = Reference().Match((reference ?? string.Empty).Trim());
        return match.Success && int.TryParse(match.Groups["id"].Value, out var id) && id > 0 ? id : null;
    }

    [GeneratedRegex(@"^([A-Za-z]{2}-)?(?<id>\d{1,9})$")]
    private static partial Regex Reference();
}
