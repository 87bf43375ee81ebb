using System.Globalization;
using IntegrityPortal.Core;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>The parts of a GOV.UK date input, so a message can point at the wrong ones.</summary>
[Flags]
public enum DatePart
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}

/// <summary>
/// What a GOV.UK date input (day, month and year boxes) sent, read once for the binder, the
/// field (which boxes to highlight) and the error summary (which box to link to). The form
/// field names are <c>{name}.Day</c>, <c>{name}.Month</c> and <c>{name}.Year</c>.
/// </summary>
public sealed record DateInputParts(string? Day, string? Month, string? Year)
{
    private static readonly string[] MonthNames =
        CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    public static readonly string[] Suffixes = ["Day", "Month", "Year"];

    public bool IsEmpty => Blank(Day) && Blank(Month) && Blank(Year);

    /// <summary>The parts of a date, as a date input shows it.</summary>
    public static DateInputParts Of(DateOnly date) =>
        new(date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The date, or the GOV.UK message (after the field's name) and the parts it concerns.
    /// All empty is neither a date nor an error: the field's own rule says whether it is needed.
    /// </summary>
    public Reading Read()
    {
        if (IsEmpty)
        {
            return new Reading(null, null, DatePart.None);
        }

        var missing = (Blank(Day) ? DatePart.Day : 0) | (Blank(Month) ? DatePart.Month : 0) | (Blank(Year) ? DatePart.Year : 0);
        if (missing != DatePart.None)
        {
            return new Reading(null, "must include a " + Describe(missing), missing);
        }

        var day = Number(Day, 2);
        var month = MonthNumber(Month);
        var year = Number(Year, 4);
        var wrong = (day is null or < 1 or > 31 ? DatePart.Day : 0) | (month is null ? DatePart.Month : 0) | (year is null || Year!.Trim().Length != 4 ? DatePart.Year : 0);
        if (wrong != DatePart.None)
        {
            return new Reading(null, "must be a real date", wrong);
        }

        if (day > DateTime.DaysInMonth(Math.Max(1, year!.Value), month!.Value))
        {
            return new Reading(null, "must be a real date", DatePart.Day);
        }

        var date = new DateOnly(year!.Value, month!.Value, day!.Value);
        if (date < PlausibleDates.FirstAccepted || date > PlausibleDates.LastAccepted)
        {
            return new Reading(null, $"must be between {PlausibleDates.FirstAccepted.Year} and {PlausibleDates.LastAccepted.Year}", DatePart.Year);
        }

        return new Reading(date, null, DatePart.None);
    }

    /// <summary>The first wrong part, as the suffix of its box's id ("" for the day box, which carries the field's id).</summary>
    public static string IdSuffix(DatePart wrong) =>
        (wrong & DatePart.Day) != 0 || wrong == DatePart.None ? string.Empty
        : (wrong & DatePart.Month) != 0 ? "-month"
        : "-year";

    private static string Describe(DatePart parts)
    {
        var names = new[] { (DatePart.Day, "day"), (DatePart.Month, "month"), (DatePart.Year, "year") }
            .Where(p => (parts & p.Item1) != 0).Select(p => p.Item2).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static int? Number(string? text, int maxDigits)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length <= maxDigits && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>A month as 1 to 12, or its name or first three letters ("Nov"), as GOV.UK accepts.</summary>
    private static int? MonthNumber(string? text)
    {
        if (Number(text, 2) is { } n)
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        var trimmed = (text ?? string.Empty).Trim();
        var index = Array.FindIndex(MonthNames, m =>
            string.Equals(m, trimmed, StringComparison.OrdinalIgnoreCase)
            || (trimmed.Length == 3 && m.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)));
        return index < 0 ? null : index + 1;
    }

    /// <param name="Date">The date, when the parts make one.</param>
    /// <param name="Problem">The message after the field's name ("must include a month").</param>
    /// <param name="Wrong">The boxes to highlight.</param>
    public sealed record Reading(DateOnly? Date, string? Problem, DatePart Wrong);
}
