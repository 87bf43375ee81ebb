using System.Globalization;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>The boxes of a GOV.UK-style time input, so a message can point at the wrong one.</summary>
[Flags]
public enum TimePart
{
    None = 0,
    Hour = 1,
    Minute = 2,
    Both = Hour | Minute,
}

/// <summary>
/// What a time input (hour and minute text boxes, posted as <c>{name}.Hour</c> and
/// <c>{name}.Minute</c>) sent, kept as typed so the page can show it again. Read once for the
/// validator (the message) and the field (which box to highlight). Text boxes rather than the
/// browser's time box, which some browsers show on a 12-hour clock and screen readers announce
/// unevenly.
/// </summary>
public sealed class TimeInput
{
    public string? Hour { get; set; }
    public string? Minute { get; set; }

    public static TimeInput Of(TimeOnly time) => new()
    {
        Hour = time.Hour.ToString("00", CultureInfo.InvariantCulture),
        Minute = time.Minute.ToString("00", CultureInfo.InvariantCulture),
    };

    public bool IsEmpty => string.IsNullOrWhiteSpace(Hour) && string.IsNullOrWhiteSpace(Minute);

    /// <summary>The time, or the message (after the field's name: "must include an hour") and the boxes it concerns. Empty is neither.</summary>
    public (TimeOnly? Time, string? Problem, TimePart Wrong) Read()
    {
        if (IsEmpty)
        {
            return (null, null, TimePart.None);
        }

        if (string.IsNullOrWhiteSpace(Hour))
        {
            return (null, "must include an hour", TimePart.Hour);
        }

        if (string.IsNullOrWhiteSpace(Minute))
        {
            return (null, "must include a minute", TimePart.Minute);
        }

        var hour = Number(Hour, 23);
        var minute = Number(Minute, 59);
        return (hour, minute) switch
        {
            (null, null) => (null, "must be a real time on the 24-hour clock, like 14:30", TimePart.Both),
            (null, _) => (null, "must have an hour from 0 to 23", TimePart.Hour),
            (_, null) => (null, "must have a minute from 0 to 59", TimePart.Minute),
            ({ } h, { } m) => (new TimeOnly(h, m), null, TimePart.None),
        };
    }

    private static int? Number(string text, int largest) =>
        text.Trim() is { Length: >= 1 and <= 2 } digits && digits.All(char.IsAsciiDigit)
        && int.Parse(digits, CultureInfo.InvariantCulture) is var n && n <= largest
            ? n
            : null;
}
