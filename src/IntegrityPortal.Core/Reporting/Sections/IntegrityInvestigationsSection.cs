using System.Globalization;
using IntegrityPortal.Core.Investigations;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// The anti-corruption unit's staffing since the start of the period and the investigations
/// the force instigated (<see cref="InvestigationFigures"/>): HMIC's "no change in the number
/// of staff working in the anti-corruption unit" and "the force instigated 31 investigations".
/// </summary>
public sealed class IntegrityInvestigationsSection : IProgressSection
{
    public string Key => "integrity-investigations";
    public ReportTheme Theme => ReportTheme.IntegrityIssues;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => InvestigationFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(InvestigationFigures f, ReportPeriod period)
    {
        const string title = "Investigations and staffing";
        var british = CultureInfo.GetCultureInfo("en-GB");
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.instigated", "Investigations instigated", f.Instigated),
            ReportFigure.Count($"{Key}.continuing", "Of which continuing at the end of the period", f.ContinuingAtPeriodEnd),
        };
        figures.AddRange(f.ByCategory.Select(c =>
            ReportFigure.Count($"{Key}.category.{c.Category.ToString().ToLowerInvariant()}", $"Instigated: {c.Category.Describe().ToLowerInvariant()}", c.Instigated)));
        figures.Add(new($"{Key}.acu-change", "Anti-corruption unit staffing since the start of the period", null, f.Staffing.Describe()));
        figures.Add(Staff($"{Key}.acu-posts-start", "Anti-corruption unit posts at the start", f.Staffing.AtBaseline?.Posts));
        figures.Add(Fte($"{Key}.acu-fte-start", "Anti-corruption unit full-time equivalent at the start", f.Staffing.AtBaseline?.FullTimeEquivalent, british));
        figures.Add(Staff($"{Key}.acu-posts-end", "Anti-corruption unit posts at the end", f.Staffing.AtEnd?.Posts));
        figures.Add(Fte($"{Key}.acu-fte-end", "Anti-corruption unit full-time equivalent at the end", f.Staffing.AtEnd?.FullTimeEquivalent, british));

        if (f.Instigated == 0 && f.Staffing.Direction == StaffingDirection.NotKnown)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("investigations or anti-corruption unit staffing", period)], figures);
        }

        var since = period.From.ToString("d MMMM yyyy", british);
        var sentences = new List<string>
        {
            f.Staffing.Direction switch
            {
                StaffingDirection.NoChange => $"There has been no change in the number of staff working in the anti-corruption unit since {since}.",
                StaffingDirection.Reduction => $"There has been a reduction in the number of staff working in the anti-corruption unit since {since}.",
                StaffingDirection.Increase => $"There has been an increase in the number of staff working in the anti-corruption unit since {since}.",
                _ => $"The portal holds no anti-corruption unit staffing figure on or before {(f.Staffing.AtBaseline is null ? since : period.To.ToString("d MMMM yyyy", british))}, so the change is not known.",
            },
            f.Instigated == 0
                ? $"{period.Between()}, the force instigated no investigations into the conduct of its officers and staff in relation to the areas covered by this report."
                : $"{period.Between()}, the force instigated {Count(f.Instigated, "investigation", "investigations")} into the conduct of its officers and staff in relation to the areas covered by this report"
                    + ", " + OfWhich(f.ContinuingAtPeriodEnd, f.Instigated, "was continuing at the end of the period", "were continuing at the end of the period", "was not continuing at the end of the period")
                    + ".",
        };
        return new(Key, Theme, title, true, sentences, figures);
    }

    private static ReportFigure Staff(string key, string label, int? posts) =>
        new(key, label, posts, posts?.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) ?? "Not known");

    private static ReportFigure Fte(string key, string label, decimal? fte, CultureInfo british) =>
        new(key, label, fte, fte?.ToString("0.##", british) ?? "Not known");
}
