using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Gifts;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Gifts.Register;

/// <summary>What the register and its exports share: the filter's choices and its checks.</summary>
public static class RegisterPage
{
    public static readonly IReadOnlyList<SelectListItem> Relationships =
        Enum.GetValues<OfferorRelationship>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Outcomes =
        Enum.GetValues<OfferOutcome>().Select(v => new SelectListItem(v.ToString(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Approvals =
        Enum.GetValues<ApprovalStatus>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Reviews =
        Enum.GetValues<ReviewStatus>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Patterns =
    [
        new("Any pattern", nameof(PatternFilter.Any)),
        new("Repeat offers", nameof(PatternFilter.RepeatOffers)),
        new("Annual value", nameof(PatternFilter.AnnualValue)),
        new("Supplier to purchaser", nameof(PatternFilter.SupplierToPurchaser)),
    ];

    public static readonly IReadOnlyList<SelectListItem> Sorts =
        GiftRegisterFilter.Sorts.Select(s => new SelectListItem(s.Value, s.Key)).ToList();

    /// <summary>Adds the filter's own rules to model state and refuses a force the user does not serve.</summary>
    public static async Task CheckAsync(IntegrityDbContext db, GiftRegisterFilter filter, string? sort, ModelStateDictionary modelState, CancellationToken ct)
    {
        foreach (var (property, message) in filter.Check(sort))
        {
            modelState.AddModelError(property == "Sort" ? "Sort" : $"Filter.{property}", message);
        }

        if (filter.ForceId is { } forceId && !await db.VisibleForces.AnyAsync(f => f.Id == forceId, ct))
        {
            modelState.AddModelError("Filter.ForceId", "Choose a force from the list");
        }

        if (filter.DepartmentId is { } departmentId && !await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            modelState.AddModelError("Filter.DepartmentId", "Choose a department from the list");
        }
    }

    /// <summary>The one force the filter covers (for the audit event), or null for several.</summary>
    public static int? SingleForce(GiftRegisterFilter filter, IReadOnlyCollection<int> visibleForceIds) =>
        filter.ForceId ?? (visibleForceIds.Count == 1 ? visibleForceIds.First() : null);

    public static string PatternText(PatternFlags flags) =>
        flags == PatternFlags.None
            ? string.Empty
            : string.Join(", ", new[]
            {
                flags.HasFlag(PatternFlags.RepeatOffers) ? "Repeat offers" : null,
                flags.HasFlag(PatternFlags.AnnualValue) ? "Annual value" : null,
                flags.HasFlag(PatternFlags.SupplierToPurchaser) ? "Supplier to purchaser" : null,
            }.OfType<string>());
}
