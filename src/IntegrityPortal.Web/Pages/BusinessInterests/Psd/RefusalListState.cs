using System.Globalization;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>
/// Where in the integrity board's list of refusals an application was opened from: the period,
/// force and page (see <see cref="ListState"/>). The application's page (Assess) builds "Back to
/// refusals" and "Next in this list" from it. The period is always carried: the list itself
/// fills in the last year when none is given, and a record page cannot know which year that was.
/// </summary>
public sealed class RefusalListState(DateOnly from, DateOnly to, int? forceId, int? page)
    : ListState("/BusinessInterests/Psd/Refusals", "/BusinessInterests/Psd/Assess",
    [
        new("From", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("To", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("ForceId", forceId?.ToString(CultureInfo.InvariantCulture)),
        PageValue(page),
    ])
{
    public DateOnly From { get; } = from;
    public DateOnly To { get; } = to;
    public int? ForceId { get; } = forceId;

    /// <summary>Refusals decided in the period, in no order, in the force if one is chosen.</summary>
    public IQueryable<BusinessInterest> Matching(IQueryable<BusinessInterest> interests)
    {
        var (from, to) = (From, To);
        var query = interests.Where(b => b.DecisionOutcome == DecisionOutcome.Refused && b.DecidedOn >= from && b.DecidedOn <= to);
        return ForceId is { } id ? query.Where(b => b.ForceId == id) : query;
    }

    /// <summary>The list's order: earliest decision first (index: force, decision, decision date).</summary>
    public static IOrderedQueryable<BusinessInterest> Ordered(IQueryable<BusinessInterest> query) =>
        query.OrderBy(b => b.DecidedOn).ThenBy(b => b.Id);

    /// <summary>The id of the refusal after <paramref name="current"/> in the list, or null at the end: one keyset query on (decision date, id).</summary>
    public Task<int?> NextAfterAsync(IQueryable<BusinessInterest> interests, BusinessInterest current, CancellationToken ct)
    {
        if (current.DecidedOn is not { } decided)
        {
            return Task.FromResult<int?>(null);
        }

        var id = current.Id;
        return Ordered(Matching(interests).Where(b => b.DecidedOn > decided || (b.DecidedOn == decided && b.Id > id)))
            .Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The state bound from the request, checked as the list checks it, or null when the page was
    /// not opened from the refusals (no period given) or the state fails (it is then dropped).
    /// </summary>
    public static async Task<RefusalListState?> CheckedAsync(IntegrityDbContext db, IQueryCollection query, DateOnly? from, DateOnly? to, int? forceId, int? page,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        if (!query.ContainsKey("From") && !query.ContainsKey("To"))
        {
            return null;
        }

        var bindingFailed = RemoveListKeys(modelState, k => k is "From" or "To" or "ForceId");

        var valid = !bindingFailed && from is { } f && to is { } t && f <= t
                    && (forceId is not { } id || await db.VisibleForces.AnyAsync(v => v.Id == id, ct));
        return valid ? new RefusalListState(from!.Value, to!.Value, forceId, page) : null;
    }
}
