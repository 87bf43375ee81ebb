using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>
/// Where in the list of cases a case was opened from: its filter and page (see
/// <see cref="ListState"/>). The case page builds "Back to investigations" and "Next in this
/// list" from it.
/// </summary>
public sealed class InvestigationListState(InvestigationFilter filter, int? page)
    : ListState("/Investigations", "/Investigations/View", filter.ToQuery().Append(PageValue(page)))
{
    public InvestigationFilter Filter { get; } = filter;

    /// <summary>The state bound from the request, checked as the list checks it; a state that fails is dropped.</summary>
    public static async Task<InvestigationListState> CheckedAsync(IntegrityDbContext db, InvestigationFilter filter, int? page,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k.StartsWith("Filter.", StringComparison.Ordinal));
        var valid = !bindingFailed
                    && (filter.OpenedFrom is not { } from || filter.OpenedTo is not { } to || from <= to)
                    && (filter.ForceId is not { } forceId || await db.VisibleForces.AnyAsync(f => f.Id == forceId, ct));
        return valid ? new InvestigationListState(filter, page) : new InvestigationListState(new InvestigationFilter(), null);
    }
}
