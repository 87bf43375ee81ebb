using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.BusinessInterests.Psd;

/// <summary>The period figures of each force the user serves, from <see cref="BusinessInterestFigures"/>.</summary>
public class FiguresModel(IntegrityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "First day")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Last day")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<(string Force, BusinessInterestFigures Figures)> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Request.Query.ContainsKey(nameof(From)) && !Request.Query.ContainsKey(nameof(To)))
        {
            To = db.Clock.Today();
            From = To.Value.AddYears(-1).AddDays(1);
        }

        PsdPages.CheckPeriod(From, To, ModelState);
        if (!ModelState.IsValid)
        {
            return;
        }

        var rows = new List<(string, BusinessInterestFigures)>();
        foreach (var force in await db.VisibleForces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
        {
            rows.Add((force.Name, await BusinessInterestFigures.ForPeriodAsync(db, force.Id, From!.Value, To!.Value, ct)));
        }

        Rows = rows;
    }
}
