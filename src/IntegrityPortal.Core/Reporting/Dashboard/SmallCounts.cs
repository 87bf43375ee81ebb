namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// One cell of a breakdown as the dashboard may show it: the count, "fewer than N" for a small
/// count, or "not shown" for a count hidden only so that a small one cannot be worked out.
/// </summary>
public sealed record ShownCount(int? Count, int Threshold, bool HiddenAsComplement = false)
{
    public bool IsSuppressed => Count is null;

    public string Display =>
        Count is { } c ? c.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
        : HiddenAsComplement ? "not shown"
        : $"fewer than {Threshold}";
}

/// <summary>
/// The suppression rule for breakdowns of the governance dashboards (by department, by rank):
/// a count from 1 to threshold − 1 is shown as "fewer than N", so no individual can be singled
/// out. Zero is shown, since it describes nobody. When a breakdown has exactly one small count,
/// the next smallest count is "not shown" too, because the total (which is shown) minus the
/// others would give the small count away. The threshold is the force's
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
        var small = counts.Select(c => IsSmall(c, threshold)).ToArray();
        int? complement = null;
        if (small.Count(h => h) == 1)
        {
            complement = counts.Select((c, i) => (Count: c, Index: i))
                .Where(x => !small[x.Index] && x.Count > 0)
                .OrderBy(x => x.Count)
                .Select(x => (int?)x.Index)
                .FirstOrDefault();
        }

        return [.. counts.Select((c, i) =>
            small[i] ? new ShownCount(null, threshold)
            : i == complement ? new ShownCount(null, threshold, HiddenAsComplement: true)
            : new ShownCount(c, threshold))];
    }
}
