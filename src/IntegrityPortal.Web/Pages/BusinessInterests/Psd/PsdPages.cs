using IntegrityPortal.Core.Data;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>What PSD's lists share: the forces the user serves, and a period's checks.</summary>
public static class PsdPages
{
    public static async Task<IReadOnlyList<SelectListItem>> ForcesAsync(IntegrityDbContext db, CancellationToken ct) =>
        (await db.VisibleForces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            .Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToList();

    /// <summary>Checks a period typed as two dates; the binder has already refused dates that are not real.</summary>
    public static void CheckPeriod(DateOnly? from, DateOnly? to, ModelStateDictionary modelState)
    {
        if (modelState.IsFieldValid("From") && from is null)
        {
            modelState.AddModelError("From", "Enter the first day of the period");
        }

        if (modelState.IsFieldValid("To") && to is null)
        {
            modelState.AddModelError("To", "Enter the last day of the period");
        }

        if (from is { } f && to is { } t && f > t)
        {
            modelState.AddModelError("To", "The last day must be the same as or after the first day");
        }
    }
}
