using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Investigations;

public sealed record ContactRow(int Id, string GivenName, string FamilyName, string Number, DateTime ContactedUtc, MediaContactMethod Method,
    string JournalistName, string OutletName, string Subject)
{
    public string Reference => $"MC-{Id:D6}";
    public string PersonName => $"{GivenName} {FamilyName}";
}

/// <summary>
/// For a suspected leak: everyone who logged contact with a journalist or an outlet in a period,
/// from the media contact log of the forces PSD serves. Each listing is recorded in the audit
/// trail as a consultation, with what was asked.
/// </summary>
public class ContactsModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Force")]
    public int? ForceId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Journalist { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Outlet { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "From date")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "To date")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<SelectListItem> Forces { get; private set; } = [];
    public PagedList<ContactRow>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Forces = await InvestigationChoices.ForcesAsync(db, ct);
        if (ForceId is null && Journalist is null && Outlet is null && From is null && To is null && ModelState.IsValid)
        {
            return;
        }

        var forceId = InvestigationChoices.Force(ForceId, Forces, ModelState, nameof(ForceId), required: false);
        var journalist = Journalist?.Trim();
        var outlet = Outlet?.Trim();
        if (string.IsNullOrEmpty(journalist) && string.IsNullOrEmpty(outlet))
        {
            ModelState.AddModelError(nameof(Journalist), "Enter the journalist's name or the outlet, or both");
        }

        if (journalist?.Length > 200) ModelState.AddModelError(nameof(Journalist), "The journalist's name must be 200 characters or fewer");
        if (outlet?.Length > 200) ModelState.AddModelError(nameof(Outlet), "The outlet must be 200 characters or fewer");
        if (From is null && ModelState.IsFieldValid(nameof(From))) ModelState.AddModelError(nameof(From), "Enter the first day of the period");
        if (To is null && ModelState.IsFieldValid(nameof(To))) ModelState.AddModelError(nameof(To), "Enter the last day of the period");
        if (From is { } from && To is { } to && to < from) ModelState.AddModelError(nameof(To), "The last day must be the same as or after the first day");
        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return;
        }

        // The period is UK days; contacts are stored as UTC instants.
        var start = UkMidnightUtc(From!.Value);
        var end = UkMidnightUtc(To!.Value.AddDays(1));
        var query = db.MediaContacts.AsNoTracking().Where(c => c.ContactedUtc >= start && c.ContactedUtc < end);
        if (ForceId is not null && forceId is { } f) query = query.Where(c => c.ForceId == f);
        if (!string.IsNullOrEmpty(journalist)) query = query.Where(c => c.JournalistName.StartsWith(journalist));
        if (!string.IsNullOrEmpty(outlet)) query = query.Where(c => c.OutletName.StartsWith(outlet));

        var rows = query.OrderBy(c => c.ContactedUtc).ThenBy(c => c.Id)
            .Select(c => new ContactRow(c.Id, c.Person!.GivenName, c.Person.FamilyName, c.Person.Number, c.ContactedUtc, c.Method,
                c.JournalistName, c.OutletName, c.Subject));
        Results = await PagedList<ContactRow>.CreateAsync(rows, PageNumber, PageSize, ct);
        await audit.RecordReadAsync("MediaContactListing", "(search)", forceId,
            $"journalist {journalist ?? "(any)"}, outlet {outlet ?? "(any)"}, {From:yyyy-MM-dd} to {To:yyyy-MM-dd}", ct);
    }

    private static DateTime UkMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), UkTime.London);

    public string PageHref(int page) =>
        QueryStrings.With("/Investigations/Contacts",
        [
            new("ForceId", ForceId?.ToString()), new("Journalist", Journalist), new("Outlet", Outlet),
            new("From", From?.ToString("yyyy-MM-dd")), new("To", To?.ToString("yyyy-MM-dd")), new("pageNumber", page == 1 ? null : page.ToString()),
        ]);
}
