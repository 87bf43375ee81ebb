using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>
/// Where in the register a declaration was opened from: the filter, sort and page (see
/// <see cref="ListState"/>). The record page builds "Back to the register" and "Next in this
/// list" from it.
/// </summary>
public sealed class RegisterListState(GiftRegisterFilter filter, string? sort, int? page)
    : ListState("/Gifts/Register", "/Gifts/Register/View",
        filter.ToQuery(nameof(Filter)).Append(new(nameof(Sort), sort)).Append(PageValue(page)))
{
    public GiftRegisterFilter Filter { get; } = filter;
    public string? Sort { get; } = sort;
    public int? Page { get; } = page;

    /// <summary>
    /// The state bound from the request, checked as the register checks it. A state that fails the
    /// checks (edited by hand) is dropped, and its binding errors removed, so it never stops a
    /// decision being recorded on the record page.
    /// </summary>
    public static async Task<RegisterListState> CheckedAsync(IntegrityDbContext db, GiftRegisterFilter filter, string? sort, int? page,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k.StartsWith("Filter.", StringComparison.Ordinal) || k == "Sort");
        var check = new ModelStateDictionary();
        await RegisterPage.CheckAsync(db, filter, sort, check, ct);
        return bindingFailed || !check.IsValid ? new RegisterListState(new GiftRegisterFilter(), null, null) : new RegisterListState(filter, sort, page);
    }
}
