using System.Globalization;
using IntegrityPortal.Core.Reporting;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>
/// The period of a report page, read from its address. Links carry <c>?from=2011-09-01&amp;to=2012-05-31</c>;
/// the page's form sends the GOV.UK date input's day, month and year fields
/// (<c>From.Day</c>, <c>From.Month</c>, <c>From.Year</c> and the same for <c>To</c>), which win
/// when present. Everything is bound as text, so nothing typed reaches a 500: a wrong date is
/// reported beside its field under the key <c>From</c> or <c>To</c>.
/// </summary>
public sealed class ReportPeriodQuery
{
    public string? From { get; set; }
    public string? To { get; set; }
    public DateParts FromParts { get; set; } = new();
    public DateParts ToParts { get; set; } = new();

    public sealed class DateParts
    {
        public string? Day { get; set; }
        public string? Month { get; set; }
        public string? Year { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);
    }

    /// <summary>
    /// The period asked for, or <paramref name="fallback"/> when nothing was asked; null with
    /// errors in <paramref name="modelState"/> when the dates are wrong. The day, month and year
    /// shown in the form are filled in either way, so the user sees what they typed.
    /// </summary>
    public ReportPeriod? Read(ModelStateDictionary modelState, DateOnly today, ReportPeriod fallback)
    {
        if (FromParts.IsEmpty && ToParts.IsEmpty && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To))
        {
            Show(FromParts, fallback.From);
            Show(ToParts, fallback.To);
            return fallback;
        }

        var from = ReadDate(nameof(From), "first", From, FromParts, modelState);
        var to = ReadDate(nameof(To), "last", To, ToParts, modelState);
        if (from is { } f && f < ReportPeriod.Earliest)
        {
            modelState.AddModelError(nameof(From), $"The first day must be on or after {ReportPeriod.Earliest:d MMMM yyyy}");
            from = null;
        }

        if (to is { } t && t > today)
        {
            modelState.AddModelError(nameof(To), "The last day must be today or in the past");
            to = null;
        }

        if (from is { } start && to is { } end && end < start)
        {
            modelState.AddModelError(nameof(To), "The last day must be the same as or after the first day");
            return null;
        }

        return from is { } a && to is { } b ? new ReportPeriod(a, b) : null;
    }

    private static DateOnly? ReadDate(string key, string which, string? iso, DateParts parts, ModelStateDictionary modelState)
    {
        if (parts.IsEmpty && !string.IsNullOrWhiteSpace(iso))
        {
            if (DateOnly.TryParseExact(iso.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Show(parts, parsed);
                return parsed;
            }

            modelState.AddModelError(key, $"The {which} day of the period must be a real date");
            return null;
        }

        if (parts.IsEmpty)
        {
            modelState.AddModelError(key, $"Enter the {which} day of the period");
            return null;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(parts.Day)) missing.Add("day");
        if (string.IsNullOrWhiteSpace(parts.Month)) missing.Add("month");
        if (string.IsNullOrWhiteSpace(parts.Year)) missing.Add("year");
        if (missing.Count > 0)
        {
            modelState.AddModelError(key, $"The {which} day of the period must include a {string.Join(" and ", missing)}");
            return null;
        }

        if (int.TryParse(parts.Day, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(parts.Month, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        modelState.AddModelError(key, $"The {which} day of the period must be a real date");
        return null;
    }

    private static void Show(DateParts parts, DateOnly date)
    {
        parts.Day = date.Day.ToString(CultureInfo.InvariantCulture);
        parts.Month = date.Month.ToString(CultureInfo.InvariantCulture);
        parts.Year = date.Year.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>What the <c>_PeriodDateInput</c> partial needs: the key of the date (<c>From</c> or <c>To</c>), its legend, hint and the parts to show.</summary>
public sealed record PeriodDateInput(string Key, string Legend, string Hint, ReportPeriodQuery.DateParts Parts);
