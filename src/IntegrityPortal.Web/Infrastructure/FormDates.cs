using System.Globalization;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The formats in which the portal's forms send a date: a date input sends 2026-11-23, and a
/// browser that shows a text box instead asks for 23/11/2026. Nothing else is read as a date.
/// </summary>
public static class FormDates
{
    public static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact((text ?? string.Empty).Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The date, or null when the text is not one in a form's format.</summary>
    public static DateOnly? Parse(string? text) => TryParse(text, out var date) ? date : null;
}
