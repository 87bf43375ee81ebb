using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CsvHelper;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// Chief officers' contacts with the media in a calendar quarter, for the quarterly
/// publication media guidance expects: a CSV of the date, outlet and subject of each contact
/// that has taken place, nothing else. Chief officers are as the gifts public register names
/// them (officers of ACC rank and above). Each download is recorded as a disclosure in the
/// audit trail after its last row is written and before the response is completed, so a
/// download that fails on the way is not recorded as delivered.
/// </summary>
public class ExportModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public static readonly string[] Headings = ["Date", "Outlet", "Subject"];

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Quarter")]
    public int? Quarter { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    public string DepartmentName { get; private set; } = string.Empty;
    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public bool IsMediaOffice => User.IsInRole(Roles.PressOffice);

    public static readonly IReadOnlyList<SelectListItem> Quarters =
    [
        new("January to March", "1"),
        new("April to June", "2"),
        new("July to September", "3"),
        new("October to December", "4"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Year is null && Quarter is null)
        {
            // The quarter most often wanted: the last one that has ended.
            var last = Core.Media.Quarter.Containing(db.Clock.Today()).Previous;
            Year = last.Year;
            Quarter = last.Number;
        }

        ModelState.Clear();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var today = db.Clock.Today();
        if (Year is null)
        {
            ModelState.AddModelError(nameof(Year), "Enter the year, like 2026");
        }
        else if (Year < Core.Media.Quarter.FirstYear || Year > today.Year)
        {
            ModelState.AddModelError(nameof(Year), $"The year must be between {Core.Media.Quarter.FirstYear} and {today.Year}");
        }

        if (Quarter is null or < 1 or > 4)
        {
            ModelState.AddModelError(nameof(Quarter), "Select the quarter");
        }

        if (Forces.Count > 1 && ForceId is null)
        {
            ModelState.AddModelError(nameof(ForceId), "Select the force whose contacts to publish");
        }
        else if (ForceId is { } chosen && Forces.All(f => f.Value != chosen.ToString(CultureInfo.InvariantCulture)))
        {
            ModelState.AddModelError(nameof(ForceId), "Select a force from the list");
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var quarter = new Quarter(Year!.Value, Quarter!.Value);
        if (quarter.FirstDay > today)
        {
            ModelState.AddModelError(nameof(Quarter), "The quarter must have started: choose this quarter or an earlier one");
            return Page();
        }

        var forceId = ForceId ?? int.Parse(Forces[0].Value, CultureInfo.InvariantCulture);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var end = quarter.EndUtc < now ? quarter.EndUtc : now;
        var start = quarter.StartUtc;
        var contacts = db.MediaContacts.AsNoTracking()
            .Where(c => c.ForceId == forceId && c.ContactedUtc >= start && c.ContactedUtc < end)
            .Where(MediaRules.ByChiefOfficer)
            .OrderBy(c => c.ContactedUtc).ThenBy(c => c.Id);

        Response.ContentType = CsvContentType;
        Response.Headers.ContentDisposition =
            $"attachment; filename=\"chief-officers-media-contacts-{quarter.Year}-q{quarter.Number}.csv\"";
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        await using var csv = CsvWriter.Create(Response.Body, options, leaveOpen: true);
        await csv.WriteRecordAsync(Headings, ct);
        var rows = 0;
        await foreach (var row in contacts.Select(c => new { c.ContactedUtc, c.OutletName, c.Subject }).AsAsyncEnumerable().WithCancellation(ct))
        {
            await csv.WriteRecordAsync([UkFormat.Date(DateOnly.FromDateTime(UkTime.ToUk(row.ContactedUtc))), row.OutletName, row.Subject], ct);
            rows++;
        }

        await csv.FlushAsync(ct);
        await audit.RecordExportAsync("MediaContact", $"Chief officers' media contacts, {quarter.Describe()} (CSV)", forceId, rows, ct);
        return new EmptyResult();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        DepartmentName = await OfficePage.DepartmentNameAsync(db, ct);
        Forces = (await db.VisibleForces.OrderBy(f => f.Name).Select(f => new { f.Id, f.Name }).ToListAsync(ct))
            .Select(f => new SelectListItem(f.Name, f.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }
}
