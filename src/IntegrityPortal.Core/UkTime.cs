namespace IntegrityPortal.Core;

/// <summary>Business dates are UK dates: "today" is today in London, whatever the server's zone.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>
    /// A date and time on a UK clock as a UTC instant; null for a time the clocks skip when
    /// they go forward (01:00 to 01:59 on the last Sunday of March). A time that happens twice
    /// when the clocks go back is read as the second, GMT, one.
    /// </summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return London.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, London);
    }

    /// <summary>The instant a UK day begins (midnight in London), in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly date) => ToUtc(date, TimeOnly.MinValue)!.Value;

    /// <summary>A UTC instant as the date and time on a UK clock.</summary>
    public static DateTime ToUk(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
}
