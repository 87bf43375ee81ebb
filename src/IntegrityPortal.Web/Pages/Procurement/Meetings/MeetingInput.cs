using System.ComponentModel.DataAnnotations;
using IntegrityPortal.Core.Procurement;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>
/// The meeting as the recorder types it. People are given by collar or staff number, the way
/// the portal's forms name a person of the force (the contract's panel, an action's owner).
/// An action row left wholly empty is not an action.
/// </summary>
public sealed class MeetingInput
{
    [Display(Name = "The date the meeting was held")]
    public DateOnly? HeldOn { get; set; }

    /// <summary>Collar or staff numbers, separated by commas, semicolons or new lines.</summary>
    public string? Attendees { get; set; }

    public List<ActionInput> Actions { get; set; } = [];

    public IReadOnlyList<string> AttendeeNumbers =>
        (Attendees ?? string.Empty).Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The rows with anything typed in them, with their index in the form (for the field names).</summary>
    public IEnumerable<(int Index, ActionInput Action)> UsedActions => Actions.Select((a, i) => (i, a)).Where(x => !x.a.IsEmpty);

    /// <summary>Rows to show: those typed, then one empty (at least three, at most the limit).</summary>
    public void PadActions()
    {
        var used = Actions.Where(a => !a.IsEmpty).ToList();
        var rows = Math.Min(CrossCheckMeetingRules.MaximumActions, Math.Max(3, used.Count + 1));
        if (Actions.Count < rows)
        {
            Actions.AddRange(Enumerable.Range(0, rows - Actions.Count).Select(_ => new ActionInput()));
        }
    }

    public sealed class ActionInput
    {
        public string? Text { get; set; }

        /// <summary>The owner's collar or staff number.</summary>
        public string? Owner { get; set; }

        [Display(Name = "The due date")]
        public DateOnly? DueOn { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Owner) && DueOn is null;
    }
}
