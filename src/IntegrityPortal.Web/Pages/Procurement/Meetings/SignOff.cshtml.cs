using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>
/// The head of PSD signs off a meeting's record. Nobody signs off a record they made
/// (separation of duties): the page says so and offers no button, and a post is refused with
/// the same message. Another force's meeting is not found (the force filter).
/// </summary>
public class SignOffModel(IntegrityDbContext db, PersonNames names) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public CrossCheckMeeting Meeting { get; private set; } = null!;
    public MeetingRecord Record { get; private set; } = null!;

    /// <summary>Why this user may not sign off, or null.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Version = Meeting.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (Meeting.SignedOffUtc is not null)
        {
            // A second press after the first signed it off: the pack shows it signed off.
            return Redirect(MeetingPages.PackHref(Meeting.Quarter));
        }

        try
        {
            CrossCheckMeetingRules.SignOff(db, Meeting);
        }
        catch (MeetingRuleException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            return Page();
        }

        if (!await db.TrySaveAsync(Meeting, Version, ModelState, ct))
        {
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        TempData[MeetingPages.ConfirmationKey] = $"Meeting record for {Meeting.Quarter.Describe()} signed off.";
        return Redirect(MeetingPages.PackHref(Meeting.Quarter));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        // The user's own force only: an alliance partner's head of PSD reads, but does not sign, another force's record.
        var meeting = await db.CrossCheckMeetings.SingleOrDefaultAsync(m => m.Id == id && m.ForceId == db.Actor.HomeForceId, ct);
        if (meeting is null || await MeetingRecords.ByIdAsync(db, names, id, ct) is not { } record)
        {
            return false;
        }

        Meeting = meeting;
        Record = record;
        Refusal = string.Equals(meeting.RecordedBy, db.Actor.UserName, StringComparison.OrdinalIgnoreCase)
            ? "You recorded this meeting: another head of PSD must sign it off"
            : null;
        return true;
    }
}
