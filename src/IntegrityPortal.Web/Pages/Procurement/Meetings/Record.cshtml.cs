using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>
/// Records the meeting of a quarter for the user's force: the day held, who attended, the
/// actions agreed; then Check your answers (the answers carried in the form, nothing kept
/// between) and the record. Each step checks every answer again; a second press of the
/// last button finds the quarter recorded and shows its pack.
/// </summary>
public class RecordModel(IntegrityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public Quarter Quarter { get; private set; }
    public string ForceName { get; private set; } = string.Empty;

    /// <summary>Showing Check your answers rather than the form.</summary>
    public bool Checking { get; private set; }

    public IReadOnlyList<string> AttendeeNames { get; private set; } = [];
    public IReadOnlyList<(string Text, string Owner, DateOnly DueOn)> ActionSummary { get; private set; } = [];

    private int forceId;
    private List<int> attendeeIds = [];
    private List<MeetingActionDetails> actions = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        Input.PadActions();
        return Page();
    }

    /// <summary>Continue: the answers are checked, then shown for checking.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        if (!await CheckAsync(ct))
        {
            Input.PadActions();
            return Page();
        }

        Checking = true;
        return Page();
    }

    /// <summary>Another empty action row; nothing is checked yet.</summary>
    public async Task<IActionResult> OnPostAddActionAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        ModelState.Clear();
        if (Input.Actions.Count < CrossCheckMeetingRules.MaximumActions)
        {
            Input.Actions.Add(new MeetingInput.ActionInput());
        }

        return Page();
    }

    /// <summary>Change, from Check your answers: the form again, as typed.</summary>
    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        ModelState.Clear();
        Input.PadActions();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } other)
        {
            return other;
        }

        if (!await CheckAsync(ct))
        {
            Input.PadActions();
            return Page();
        }

        try
        {
            await CrossCheckMeetingRules.RecordAsync(db, forceId, Quarter, Input.HeldOn!.Value, attendeeIds, actions, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (MeetingRuleException e)
        {
            ModelState.AddModelError($"{nameof(Input)}.{e.Field}", e.Message);
            Input.PadActions();
            return Page();
        }
        catch (DbUpdateException)
        {
            // The same quarter recorded by a press that was still running: show what it recorded.
            return Redirect(MeetingPages.PackHref(Quarter));
        }

        TempData[MeetingPages.ConfirmationKey] = $"Meeting for {Quarter.Describe()} recorded. The head of PSD signs it off.";
        return Redirect(MeetingPages.PackHref(Quarter));
    }

    /// <summary>Null when the form can be shown; the answer otherwise (no home force or no such quarter: 404; recorded already: its pack).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        // Without a quarter, the one whose meeting is due; a quarter that cannot be is not found.
        if (string.IsNullOrWhiteSpace(Q))
        {
            Q = MeetingPages.Key(MeetingPages.Due(db.Clock.Today()));
        }

        if (db.Actor.HomeForceId is not { } home || !MeetingPages.TryQuarter(Q, db.Clock.Today(), out var quarter))
        {
            return NotFound();
        }

        forceId = home;
        Quarter = quarter;
        Q = MeetingPages.Key(quarter);
        ForceName = await db.Forces.Where(f => f.Id == home).Select(f => f.Name).SingleAsync(ct);
        if (await db.CrossCheckMeetings.AnyAsync(m => m.ForceId == home && m.QuarterYear == quarter.Year && m.QuarterNumber == quarter.Number, ct))
        {
            return Redirect(MeetingPages.PackHref(quarter));
        }

        return null;
    }

    /// <summary>Every answer checked, each error beside its field; the people resolved to the force's records.</summary>
    private async Task<bool> CheckAsync(CancellationToken ct)
    {
        var today = db.Clock.Today();
        var heldKey = $"{nameof(Input)}.{nameof(MeetingInput.HeldOn)}";
        if (Input.HeldOn is not { } held)
        {
            if (!ModelState.TryGetValue(heldKey, out var entry) || entry.Errors.Count == 0)
            {
                ModelState.AddModelError(heldKey, "Enter the date the meeting was held");
            }
        }
        else if (PlausibleDates.MeetingHeld.Check(held, today) is { } message)
        {
            ModelState.AddModelError(heldKey, message);
        }
        else if (held < Quarter.FirstDay)
        {
            ModelState.AddModelError(heldKey, $"The date the meeting was held must be on or after {UkFormat.Date(Quarter.FirstDay)}, the first day of the quarter it covers");
        }

        // At most as many numbers as the form may hold are looked up (a pasted list of thousands is
        // answered by the limits below), sent as one parameter.
        var numbers = Input.AttendeeNumbers.Take(CrossCheckMeetingRules.MaximumAttendees + 1)
            .Concat(Input.UsedActions.Take(CrossCheckMeetingRules.MaximumActions + 1).Select(a => (a.Action.Owner ?? string.Empty).Trim()))
            .Where(n => n.Length is > 0 and <= 20).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Grouped: on a database whose collation ignores case, one number typed can find two people.
        var people = (await db.People.AsNoTracking().Where(p => p.ForceId == forceId && EF.Parameter(numbers).Contains(p.Number)).OrderBy(p => p.Id).ToListAsync(ct))
            .GroupBy(p => p.Number, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var attendeesKey = $"{nameof(Input)}.{nameof(MeetingInput.Attendees)}";
        var attendees = Input.AttendeeNumbers;
        if (attendees.Count == 0)
        {
            ModelState.AddModelError(attendeesKey, "Enter the collar or staff numbers of the people who attended");
        }
        else if (attendees.Count > CrossCheckMeetingRules.MaximumAttendees)
        {
            ModelState.AddModelError(attendeesKey, $"Enter no more than {CrossCheckMeetingRules.MaximumAttendees} people who attended");
        }
        else if (attendees.FirstOrDefault(n => !people.ContainsKey(n)) is { } unknown)
        {
            ModelState.AddModelError(attendeesKey, $"No one in the force has the number {Shorten(unknown)}");
        }

        if (Input.UsedActions.Count() > CrossCheckMeetingRules.MaximumActions)
        {
            ModelState.AddModelError(string.Empty, $"Enter no more than {CrossCheckMeetingRules.MaximumActions} actions");
        }

        var summary = new List<(string, string, DateOnly)>();
        actions = [];
        foreach (var (index, action) in Input.UsedActions)
        {
            var key = $"{nameof(Input)}.{nameof(MeetingInput.Actions)}[{index}]";
            var text = (action.Text ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                ModelState.AddModelError($"{key}.Text", $"Enter what is to be done in action {index + 1}");
            }
            else if (text.Length > CrossCheckMeetingRules.ActionLength)
            {
                ModelState.AddModelError($"{key}.Text", $"Action {index + 1} must be {CrossCheckMeetingRules.ActionLength:N0} characters or fewer");
            }

            var owner = (action.Owner ?? string.Empty).Trim();
            Person? person = null;
            if (owner.Length == 0)
            {
                ModelState.AddModelError($"{key}.Owner", $"Enter the collar or staff number of the owner of action {index + 1}");
            }
            else if (!people.TryGetValue(owner, out person))
            {
                ModelState.AddModelError($"{key}.Owner", $"No one in the force has the number {Shorten(owner)}");
            }

            if (action.DueOn is not { } due)
            {
                if (!ModelState.TryGetValue($"{key}.DueOn", out var entry) || entry.Errors.Count == 0)
                {
                    ModelState.AddModelError($"{key}.DueOn", $"Enter the due date of action {index + 1}");
                }
            }
            else if (PlausibleDates.ActionDue.Check(due, today) is { } message)
            {
                ModelState.AddModelError($"{key}.DueOn", message);
            }

            if (person is not null && action.DueOn is { } dueOn && text.Length is > 0)
            {
                actions.Add(new MeetingActionDetails(text, person.Id, dueOn));
                summary.Add((text, person.NameAndRankOrGrade, dueOn));
            }
        }

        ModelState.KeepFirstErrorPerField();
        if (!ModelState.IsValid)
        {
            return false;
        }

        attendeeIds = attendees.Select(n => people[n].Id).ToList();
        AttendeeNames = attendees.Select(n => people[n].NameAndRankOrGrade).ToList();
        ActionSummary = summary;
        return true;
    }

    private static string Shorten(string number) => number.Length > 20 ? number[..20] + "…" : number;
}
