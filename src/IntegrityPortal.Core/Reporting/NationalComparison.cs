using System.Globalization;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Reporting;

/// <summary>A force in the national comparison: its progress report, its workforce, its rates and why it stands out.</summary>
public sealed record ForceComparison(int ForceId, string Code, string Name, int Workforce, ForceProgressReport Report,
    IReadOnlyDictionary<string, decimal?> Rates, IReadOnlyList<string> StandsOut)
{
    public decimal? Value(string key) => Report.Figures.FirstOrDefault(f => f.Key == key)?.Value;
}

/// <summary>A figure compared as a rate per 1,000 of the workforce.</summary>
public sealed record RateDefinition(string Key, string Label);

/// <summary>
/// Every force side by side for a period: each figure of the progress report (the same
/// sections build both), rates per 1,000 of the workforce (the force's active people records)
/// and the forces that stand out, with the reason: no offers, or no declined offers, recorded; no
/// applications refused; or a rate below half or above twice the median of the forces compared.
/// </summary>
public sealed record NationalComparison(ReportPeriod Period, IReadOnlyList<ForceComparison> Forces)
{
    public static readonly IReadOnlyList<RateDefinition> RateDefinitions =
    [
        new("gifts.declared", "Gifts and hospitality declared"),
        new("second-jobs.received", "Applications for second jobs"),
        new("media-contacts.logged", "Contacts with the media logged"),
        new("integrity-investigations.instigated", "Investigations instigated"),
    ];

    /// <summary>A rate this far below or above the median (a factor of two) is marked.</summary>
    public const decimal UnusualFactor = 2m;

    /// <summary>Rates are compared only among at least this many forces with a workforce.</summary>
    public const int MinimumForRates = 3;

    public static async Task<NationalComparison> BuildAsync(IntegrityDbContext db, IReadOnlyList<(int Id, string Code, string Name)> forces, ReportPeriod period, CancellationToken ct = default)
    {
        var ids = forces.Select(f => f.Id).ToList();
        var workforce = await db.People
            .Where(p => p.IsActive && ids.Contains(p.ForceId))
            .GroupBy(p => p.ForceId)
            .Select(g => new { ForceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ForceId, x => x.Count, ct);

        // Every force's report in a fixed number of queries grouped by force, not a report per
        // force; the forces are split into lanes of about the same workforce, counted side by side
        // (decision 0072).
        var lanes = SplitByWorkforce(ids, workforce, SideBySide.Lanes);
        var parts = await Task.WhenAll(lanes.Select(lane => ForceProgressReport.BuildForForcesAsync(db, lane, period, ct)));
        var all = parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);
        var reports = new List<(int Id, string Code, string Name, int Workforce, ForceProgressReport Report, Dictionary<string, decimal?> Rates)>();
        foreach (var force in forces)
        {
            var report = all[force.Id];
            var people = workforce.GetValueOrDefault(force.Id);
            var rates = RateDefinitions.ToDictionary(r => r.Key, r =>
                people > 0 && report.Figures.FirstOrDefault(f => f.Key == r.Key)?.Value is { } v ? Math.Round(v * 1000m / people, 1) : (decimal?)null);
            reports.Add((force.Id, force.Code, force.Name, people, report, rates));
        }

        var medians = RateDefinitions.ToDictionary(r => r.Key, r => Median(reports.Select(x => x.Rates[r.Key]).OfType<decimal>().ToList()));
        var compared = reports.Select(x => new ForceComparison(x.Id, x.Code, x.Name, x.Workforce, x.Report, x.Rates,
            StandsOut(key => x.Report.Figures.FirstOrDefault(f => f.Key == key)?.Value ?? 0, x.Rates, medians))).ToList();
        return new NationalComparison(period, compared);
    }

    /// <summary>
    /// The forces in at most <paramref name="lanes"/> groups of about the same workforce (its
    /// records grow with it): each force in turn, largest first, joins the group with the least so
    /// far. No group is empty.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> SplitByWorkforce(IReadOnlyList<int> forceIds, IReadOnlyDictionary<int, int> workforce, int lanes)
    {
        var count = Math.Clamp(lanes, 1, Math.Max(1, forceIds.Count));
        var groups = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        var totals = new long[count];
        foreach (var id in forceIds.OrderByDescending(id => workforce.GetValueOrDefault(id)).ThenBy(id => id))
        {
            var lightest = Array.IndexOf(totals, totals.Min());
            groups[lightest].Add(id);
            totals[lightest] += workforce.GetValueOrDefault(id);
        }

        return [.. groups.Where(g => g.Count > 0)];
    }

    /// <summary>
    /// Why a force stands out, given its figures (0 where it has none), its rates and the medians of
    /// the forces compared. A force that recorded no offer at all is said to have recorded none,
    /// not to have declined none.
    /// </summary>
    public static IReadOnlyList<string> StandsOut(Func<string, decimal> value, IReadOnlyDictionary<string, decimal?> rates, IReadOnlyDictionary<string, decimal?> medians)
    {
        var british = CultureInfo.GetCultureInfo("en-GB");
        var reasons = new List<string>();
        if (value("gifts.declared") == 0)
        {
            reasons.Add("No offers of gifts or hospitality recorded");
        }
        else if (value("gifts.declined") == 0)
        {
            reasons.Add("No declined offers of gifts or hospitality recorded");
        }

        if (value("second-jobs.received") > 0 && value("second-jobs.refused") == 0)
        {
            reasons.Add("No applications for second jobs refused");
        }

        foreach (var rate in RateDefinitions)
        {
            if (rates.GetValueOrDefault(rate.Key) is not { } r || medians.GetValueOrDefault(rate.Key) is not { } median || median == 0)
            {
                continue;
            }

            var said = $"{r.ToString("0.#", british)} per 1,000 against a median of {median.ToString("0.#", british)}";
            if (r < median / UnusualFactor)
            {
                reasons.Add($"Unusually low rate of {rate.Label.ToLowerInvariant()}: {said}");
            }
            else if (r > median * UnusualFactor)
            {
                reasons.Add($"Unusually high rate of {rate.Label.ToLowerInvariant()}: {said}");
            }
        }

        return reasons;
    }

    private static decimal? Median(IReadOnlyList<decimal> values)
    {
        if (values.Count < MinimumForRates)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
