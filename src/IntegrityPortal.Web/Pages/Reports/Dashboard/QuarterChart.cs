using System.Globalization;
using IntegrityPortal.Core.Media;
using IntegrityPortal.Core.Reporting.Dashboard;

namespace IntegrityPortal.Web.Pages.Reports.Dashboard;

/// <summary>One measure over the dashboard's quarters; <see cref="Charted"/> is false for a column shown only in the table (another unit).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, bool Charted = true);

/// <summary>
/// A chart of the dashboard and the table it is drawn from: the table is rendered in the page
/// (rows are quarters, columns measures) and <c>wwwroot/js/dashboard-charts.js</c> draws the
/// chart from it, so the page reads fully without JavaScript. The reading compares the current
/// quarter of the first measure with the previous one.
/// </summary>
public sealed record QuarterChart(string Id, string Caption, ChartKind Kind, IReadOnlyList<Quarter> Quarters, IReadOnlyList<ChartSeries> Series, string? NoFigure = null)
{
    public string Reading => TrendReading.Describe(Series[0].Name, Series[0].Values[^2], Series[0].Values[^1]);

    public string Cell(double? value) => value is { } v ? TrendReading.Number(v) : NoFigure ?? "none";

    public static string DataValue(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Label(Quarter quarter)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        return $"{quarter.FirstDay.ToString("MMM", culture)} to {quarter.LastDay.ToString("MMM yyyy", culture)}";
    }
}

public enum ChartKind
{
    Bar,
    Line,
}
