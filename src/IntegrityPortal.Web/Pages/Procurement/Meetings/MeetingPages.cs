using System.Globalization;
using System.Security.Claims;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Procurement;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.Procurement.Meetings;

/// <summary>What the cross-check meeting's pages share: who may do what, and the quarter in the address ("2026-Q3").</summary>
public static class MeetingPages
{
    public const string ConfirmationKey = "MeetingConfirmation";

    /// <summary>How many quarters back the quarter chooser offers (three years).</summary>
    public const int QuartersOffered = 12;

    public static bool MayRecord(ClaimsPrincipal user) => CrossCheckMeetingRules.RecorderRoles.Any(user.IsInRole);

    public static bool MaySignOff(ClaimsPrincipal user) => CrossCheckMeetingRules.SignOffRoles.Any(user.IsInRole);

    public static string Key(Quarter quarter) => string.Create(CultureInfo.InvariantCulture, $"{quarter.Year}-Q{quarter.Number}");

    public static string PackHref(Quarter quarter) => $"/Procurement/Meetings/Pack?q={Key(quarter)}";

    /// <summary>"2026-Q3" as a quarter no later than today's; false for anything else.</summary>
    public static bool TryQuarter(string? text, DateOnly today, out Quarter quarter)
    {
        quarter = default;
        var value = (text ?? string.Empty).Trim();
        if (value.Length != 7 || value[4] != '-' || char.ToUpperInvariant(value[5]) != 'Q'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(6, 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        quarter = new Quarter(year, number);
        return quarter.IsValid && quarter.FirstDay <= today;
    }

    /// <summary>The quarter whose meeting is due: the last whole quarter (its meeting is held after it ends).</summary>
    public static Quarter Due(DateOnly today) => Quarter.Containing(today).Previous;

    /// <summary>Today's quarter and the quarters before it, newest first.</summary>
    public static IReadOnlyList<SelectListItem> QuarterOptions(DateOnly today)
    {
        var options = new List<SelectListItem>();
        var quarter = Quarter.Containing(today);
        for (var i = 0; i < QuartersOffered; i++, quarter = quarter.Previous)
        {
            options.Add(new SelectListItem(quarter.Describe(), Key(quarter)));
        }

        return options;
    }
}
