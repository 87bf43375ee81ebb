using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Audit;

/// <summary>
/// The audit trail: who did what to which record, newest first. The query filter limits it
/// to the forces the user serves (all forces of an alliance for its PSD; every force for the
/// inspector and the national administrator, who only read it). The trail names people and
/// what they looked at, so each view is itself recorded, with its filter.
/// </summary>
public class IndexModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditEvent>? Results { get; private set; }
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public Dictionary<int, string> ForceNames { get; private set; } = [];

    public static readonly IReadOnlyList<SelectListItem> Actions =
        Enum.GetValues<AuditAction>().Select(a => new SelectListItem(a.ToString(), a.ToString())).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        ForceNames = await db.VisibleForces.OrderBy(f => f.Name).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        Forces = ForceNames.Select(f => new SelectListItem(f.Value, f.Key.ToString())).ToList();
        if (Filter.From is { } from && Filter.To is { } to && from > to)
        {
            ModelState.AddModelError("Filter.To", "The end date must be the same as or after the start date");
        }

        if (Filter.ForceId is { } chosen && !ForceNames.ContainsKey(chosen))
        {
            ModelState.AddModelError("Filter.ForceId", "Choose a force from the list");
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        Results = await PagedList<AuditEvent>.CreateAsync(Filter.Apply(db.AuditEvents.AsNoTracking()), PageNumber, PageSize, ct);
        await audit.RecordReadAsync("AuditTrail", "(search)", Filter.ForceId, Filter.Describe(PageNumber), ct);
    }

    public string PageHref(int page) =>
        Url.Page("Index", new
        {
            pageNumber = page,
            Filter.From,
            Filter.To,
            Filter.UserName,
            Filter.EntityType,
            Filter.EntityId,
            Filter.Action,
            Filter.ForceId,
        })!;
}

/// <summary>The audit page's filters, bound from the query string. Each maps onto an index.</summary>
public class AuditFilter
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? UserName { get; set; }
    public string? EntityType { get; set; }
    public string? EntityId { get; set; }
    public AuditAction? Action { get; set; }
    public int? ForceId { get; set; }

    /// <summary>The filter as the audit event of the view records it.</summary>
    public string Describe(int pageNumber)
    {
        var parts = new List<string>();
        if (From is { } from) parts.Add($"from {from:yyyy-MM-dd}");
        if (To is { } to) parts.Add($"to {to:yyyy-MM-dd}");
        if (!string.IsNullOrWhiteSpace(UserName)) parts.Add($"user {UserName.Trim()}");
        if (!string.IsNullOrWhiteSpace(EntityType)) parts.Add($"record type {EntityType.Trim()}");
        if (!string.IsNullOrWhiteSpace(EntityId)) parts.Add($"record id {EntityId.Trim()}");
        if (Action is { } action) parts.Add($"action {action}");
        if (ForceId is { } force) parts.Add($"force {force}");
        if (pageNumber > 1) parts.Add($"page {pageNumber}");
        return parts.Count == 0 ? "all events" : string.Join(", ", parts);
    }

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        if (From is { } from)
        {
            var start = StartOfUkDayUtc(from);
            events = events.Where(e => e.OccurredUtc >= start);
        }

        if (To is { } to)
        {
            var end = StartOfUkDayUtc(to.AddDays(1));
            events = events.Where(e => e.OccurredUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var name = UserName.Trim();
            events = events.Where(e => e.UserName.StartsWith(name));
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            var type = EntityType.Trim();
            events = events.Where(e => e.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(EntityId))
        {
            var id = EntityId.Trim();
            events = events.Where(e => e.EntityId == id);
        }

        if (Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (ForceId is { } forceId)
        {
            events = events.Where(e => e.RecordForceId == forceId);
        }

        return events.OrderByDescending(e => e.OccurredUtc).ThenByDescending(e => e.Id);
    }

    /// <summary>Dates are UK dates: a day starts at midnight in London, an hour earlier in UTC in summer.</summary>
    private static DateTime StartOfUkDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), London);
}
