namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>One cell of a breakdown as the dashboard may show it: a count, or "fewer than N".</summary>
public sealed record ShownCount(int? Count, int Threshold)
{
    public bool IsSuppressed => Count is null;

    public string Display => Count is { } c ? c.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : $"fewer than {Threshold}";
}

/// <summary>
/// The suppression rule for breakdowns of the governance dashboards (by department, by rank):
/// a count from 1 to threshold − 1 is shown as "fewer than N", so no individual can be singled
/// out. Zero is shown, since it describes nobody. When a breakdown has exactly one suppressed
/// cell, the next smallest shown count is suppressed too, because the total (which is shown)
/// minus the others would give the hidden count away. The threshold is the force's
/// <see cref="Forces.ForceSettings.DashboardSmallCountThreshold"/>.
/// </summary>
public static class SmallCounts
{
    public const int DefaultThreshold = 5;
    public const int LowestThreshold = 3;
    public const int HighestThreshold = 20;

    public static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;

    public static IReadOnlyList<ShownCount> Suppress(IReadOnlyList<int> counts, int threshold)
    {
        var hidden = counts.Select(c => IsSmall(c, threshold)).ToArray();
        if (hidden.Count(h => h) == 1)
        {
            var next = counts.Select((c, i) => (Count: c, Index: i))
                .Where(x => !hidden[x.Index] && x.Count > 0)
                .OrderBy(x => x.Count)
                .Select(x => (int?)x.Index)
                .FirstOrDefault();
            if (next is { } index)
            {
                hidden[index] = true;
            }
        }

        return [.. counts.Select((c, i) => new ShownCount(hidden[i] ? null : c, threshold))];
    }
}
