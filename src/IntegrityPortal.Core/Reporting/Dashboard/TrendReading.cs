using System.Globalization;

namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// The one-line reading of a chart's trend that sits beside it, such as "Declarations made: up
/// from 12 to 15 on the previous quarter". It compares the current quarter with the one before.
/// </summary>
public static class TrendReading
{
    public static string Describe(string measure, double? previous, double? current)
    {
        if (current is null)
        {
            return $"{measure}: no figure this quarter.";
        }

        if (previous is null)
        {
            return $"{measure}: {Number(current.Value)} this quarter; no figure for the previous quarter.";
        }

        return current.Value.CompareTo(previous.Value) switch
        {
            > 0 => $"{measure}: up from {Number(previous.Value)} to {Number(current.Value)} on the previous quarter.",
            < 0 => $"{measure}: down from {Number(previous.Value)} to {Number(current.Value)} on the previous quarter.",
            _ => $"{measure}: unchanged at {Number(current.Value)} on the previous quarter.",
        };
    }

    /// <summary>Whole numbers as they are, halves (medians of an even count) to one decimal place.</summary>
    public static string Number(double value) =>
        value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.0", CultureInfo.GetCultureInfo("en-GB"));
}
