using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// Where in the register a declaration was opened from: the filter, sort and page, carried in the
/// record page's own query string (never as an address to go back to, so it cannot point off the
/// site). The record page builds "Back to the register" and "Next in this list" from it.
/// </summary>
public sealed class RegisterListState(GiftRegisterFilter filter, string? sort, int? page)
{
    public GiftRegisterFilter Filter { get; } = filter;
    public string? Sort { get; } = sort;
    public int? Page { get; } = page;

    /// <summary>The state as query values: Filter.*, Sort and pageNumber, only those set.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Query =>
        Filter.ToQuery(nameof(Filter))
            .Append(new(nameof(Sort), Sort))
            .Append(new("pageNumber", Page is > 1 ? Page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    /// <summary>The same as route values, for links and forms (asp-all-route-data).</summary>
    public Dictionary<string, string> RouteValues =>
        Query.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!);

    public string ListHref => QueryStrings.With("/Gifts/Register", Query);

    public string RecordHref(int id) => QueryStrings.With($"/Gifts/Register/View/{id}", Query);

    /// <summary>
    /// The state bound from the request, checked as the register checks it. A state that fails the
    /// checks (edited by hand) is dropped, and its binding errors removed, so it never stops a
    /// decision being recorded on the record page.
    /// </summary>
    public static async Task<RegisterListState> CheckedAsync(IntegrityDbContext db, GiftRegisterFilter filter, string? sort, int? page,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var listKeys = modelState.Keys.Where(k => k.StartsWith("Filter.", StringComparison.Ordinal) || k is "Sort" or "pageNumber").ToList();
        var bindingFailed = listKeys.Any(k => modelState[k]!.Errors.Count > 0);
        var check = new ModelStateDictionary();
        await RegisterPage.CheckAsync(db, filter, sort, check, ct);
        foreach (var key in listKeys)
        {
            modelState.Remove(key);
        }

        return bindingFailed || !check.IsValid ? new RegisterListState(new GiftRegisterFilter(), null, null) : new RegisterListState(filter, sort, page);
    }
}
