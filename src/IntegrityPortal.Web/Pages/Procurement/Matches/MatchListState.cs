using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Matches;

/// <summary>
/// Where in PSD's queue of matches a match was opened from: which matches (new, settled or all),
/// the kind and the page (see <see cref="ListState"/>). The match page builds "Back to the
/// matches" and "Next in this list" from it, and returns to the same list after an outcome.
/// "New" is the list's default, so it is left out of the address.
/// </summary>
public sealed class MatchListState(string? show, MatchKind? kind, int? page)
    : ListState("/Procurement/Matches", "/Procurement/Matches/View",
    [
        new("Show", show is null or DefaultShow ? null : show),
        new("Kind", kind?.ToString()),
        PageValue(page),
    ])
{
    public const string DefaultShow = "New";

    public static readonly IReadOnlyList<string> ShowValues = ["New", "Settled", "All"];

    public string Show { get; } = show ?? DefaultShow;
    public MatchKind? Kind { get; } = kind;

    /// <summary>A kind as the list's select sends it (its name); null for none; false for anything else.</summary>
    public static bool TryKind(string? text, out MatchKind? kind)
    {
        kind = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Enum.TryParse<MatchKind>(text, out var k) && Enum.IsDefined(k) && !text.Any(char.IsDigit))
        {
            kind = k;
            return true;
        }

        return false;
    }

    /// <summary>The matches of the list, in no order (the force filter applies as ever).</summary>
    public IQueryable<ProcurementMatch> Matching(IQueryable<ProcurementMatch> matches)
    {
        var query = Show switch
        {
            "New" => matches.Where(m => m.Status == MatchStatus.New),
            "Settled" => matches.Where(m => m.Status != MatchStatus.New),
            _ => matches,
        };
        return Kind is { } chosen ? query.Where(m => m.Kind == chosen) : query;
    }

    /// <summary>
    /// The list's order: highest priority first; within a priority the newest, which the last
    /// save or import raised, then the surest.
    /// </summary>
    public static IOrderedQueryable<ProcurementMatch> Ordered(IQueryable<ProcurementMatch> query) =>
        query.OrderByDescending(m => m.Priority).ThenByDescending(m => m.RaisedUtc).ThenByDescending(m => m.Score).ThenByDescending(m => m.Id);

    /// <summary>
    /// The id of the match after <paramref name="current"/> in the list, or null at the end: one
    /// keyset query on (priority, raised, score, id), all descending. The current match need not
    /// still be in the list: once settled it leaves "new", and the next is still the one after it.
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<ProcurementMatch> matches, ProcurementMatch current, CancellationToken ct)
    {
        var (priority, raised, score, id) = (current.Priority, current.RaisedUtc, current.Score, current.Id);
        var after = Matching(matches).Where(m => m.Priority < priority
            || (m.Priority == priority && (m.RaisedUtc < raised
                || (m.RaisedUtc == raised && (m.Score < score || (m.Score == score && m.Id < id))))));
        return Ordered(after).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The state bound from the request, checked as the list checks it; a state that fails is dropped.</summary>
    public static MatchListState Checked(string? show, string? kind, int? page, ModelStateDictionary modelState)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k is "Show" or "Kind");
        var showValue = string.IsNullOrWhiteSpace(show) ? DefaultShow : show.Trim();
        return !bindingFailed && ShowValues.Contains(showValue) && TryKind(kind, out var chosen)
            ? new MatchListState(showValue, chosen, page)
            : new MatchListState(null, null, null);
    }
}
