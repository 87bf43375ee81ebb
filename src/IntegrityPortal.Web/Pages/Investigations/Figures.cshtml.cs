using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.Investigations;

/// <summary>A force's investigation figures for a period, as <see cref="InvestigationFigures"/> computes them: counts, no names.</summary>
public class FiguresModel(IntegrityDbContext db) : PageModel
{
    /// <summary>The period of HMIC's 2012 force reports, offered as a starting point.</summary>
    public static readonly DateOnly ReportFrom = new(2011, 9, 1);
    public static readonly DateOnly ReportTo = new(2012, 5, 31);

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "From date")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "To date")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Staffing baseline date")]
    public DateOnly? Baseline { get; set; }

    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public InvestigationFigures? Figures { get; private set; }
    public string? ForceName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        if (From is null && To is null && ForceId is null && Baseline is null && ModelState.IsValid)
        {
            From = ReportFrom;
            To = ReportTo;
            if (Forces.Count > 1)
            {
                return;
            }
        }

        var forceId = InvestigationChoices.Force(ForceId, Forces, ModelState, nameof(ForceId), required: true);
        if (From is null && ModelState.IsFieldValid(nameof(From))) ModelState.AddModelError(nameof(From), "Enter the first day of the period");
        if (To is null && ModelState.IsFieldValid(nameof(To))) ModelState.AddModelError(nameof(To), "Enter the last day of the period");
        if (From is { } from && To is { } to && to < from) ModelState.AddModelError(nameof(To), "The last day must be the same as or after the first day");
        if (Baseline is { } baseline && To is { } end && baseline > end) ModelState.AddModelError(nameof(Baseline), "The baseline date must be on or before the last day of the period");
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        Figures = await InvestigationFigures.ForPeriodAsync(db, forceId!.Value, From!.Value, To!.Value, Baseline, ct);
        ForceName = Forces.Single(f => f.Value == forceId.ToString()).Text;
    }
}
