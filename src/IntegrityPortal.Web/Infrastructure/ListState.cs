using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Where in a list a record was opened from: the list's own filter, sort and page values,
/// carried in the record page's query string (never as an address to go back to, so it cannot
/// point off the site). The record page builds its back link and "next in this list" from it,
/// and its forms post to an address that carries it (decision 0044). Each list has a small
/// subclass beside it that says which values it keeps and how they are checked; the next
/// record is found by a keyset query beside the list's filter (NextAfterAsync).
/// </summary>
public class ListState(string listPath, string recordPath, IEnumerable<KeyValuePair<string, string?>> query)
{
    private readonly IReadOnlyList<KeyValuePair<string, string?>> values = query.Where(v => !string.IsNullOrEmpty(v.Value)).ToList();

    /// <summary>The state as query values, only those set.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Query => values;

    /// <summary>The same as route values, for links and forms (asp-all-route-data).</summary>
    public Dictionary<string, string> RouteValues => values.ToDictionary(v => v.Key, v => v.Value!);

    public string ListHref => QueryStrings.With(listPath, values);

    public string RecordHref(int id) => QueryStrings.With($"{recordPath}/{id.ToString(CultureInfo.InvariantCulture)}", values);

    /// <summary>Another page about the record (a step on it) that carries the state on, as "/Investigations/Close/7?Filter.Status=Open".</summary>
    public string Href(string path) => QueryStrings.With(path, values);

    /// <summary>The list's page number as a query value: left out for the first page.</summary>
    public static KeyValuePair<string, string?> PageValue(int? page) =>
        new("pageNumber", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>
    /// Takes the list's keys out of a record page's model state, so a state edited by hand never
    /// stops a step being recorded on the record, and says whether any of them failed to bind
    /// (the state is then dropped).
    /// </summary>
    public static bool RemoveListKeys(ModelStateDictionary modelState, Func<string, bool> isListKey)
    {
        var keys = modelState.Keys.Where(k => isListKey(k) || k == "pageNumber").ToList();
        var bindingFailed = keys.Any(k => modelState[k]!.Errors.Count > 0);
        foreach (var key in keys)
        {
            modelState.Remove(key);
        }

        return bindingFailed;
    }
}
