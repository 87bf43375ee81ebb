using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// What the organisation or outlet picker (<see cref="TagHelpers.GovUkAutocompleteTagHelper"/>)
/// sent, as a record of the force: the id chosen from the suggestions, or else the force's
/// organisation with exactly the name typed (without JavaScript there are no suggestions).
/// </summary>
public static class OrganisationPicker
{
    /// <summary>
    /// The id to use, or null; a name that matches nothing, or a name beside a new one, is
    /// answered beside the field. An id of another force is left to the page's own check.
    /// </summary>
    public static async Task<int?> ResolveAsync(IntegrityDbContext db, int forceId, int? id, string? name, bool addingNew,
        ModelStateDictionary modelState, string key, string bothMessage, string thing, CancellationToken ct)
    {
        if (id is not null || string.IsNullOrWhiteSpace(name) || !modelState.IsFieldValid(key))
        {
            return id;
        }

        if (addingNew)
        {
            modelState.AddModelError(key, bothMessage);
            return null;
        }

        if (await OrganisationDirectory.FindAsync(db, forceId, name, ct) is { } found)
        {
            return found;
        }

        modelState.AddModelError(key, $"No {thing} is called ‘{name.Trim()}’: choose one from the list, or add a new one");
        return null;
    }
}
