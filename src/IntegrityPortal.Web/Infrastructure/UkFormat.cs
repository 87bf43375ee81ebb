using System.Globalization;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>Dates, times and money as UK users read them: "23 November 2026", "£1,250.00".</summary>
public static class UkFormat
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>An instant stored in UTC, shown in UK local time (GMT or BST).</summary>
    public static string DateTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), London).ToString("d MMMM yyyy, HH:mm", EnGb);

    public static string Pounds(long pence) => (pence / 100m).ToString("C", EnGb);
}
