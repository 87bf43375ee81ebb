using IntegrityPortal.Core.Policies;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// Whether officers and staff have read and understood the integrity policies
/// (<see cref="PolicyFigures"/>): HMIC found policy changes sent "via email and intranet
/// systems, but there is no mechanism to check that officers and staff have read and understood them".
/// </summary>
public sealed class PoliciesSection : IProgressSection
{
    public string Key => "policies";
    public ReportTheme Theme => ReportTheme.IntegrityIssues;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => PolicyFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(PolicyFigures f, ReportPeriod period)
    {
        const string title = "Policies read and understood";
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.versions-published", "Policy versions published", f.VersionsPublished),
            ReportFigure.Count($"{Key}.confirmations-due", "Confirmations due (read-by date in the period, passed)", f.TasksDue),
            ReportFigure.Count($"{Key}.confirmed-by-due-date", "Confirmed by the read-by date", f.ConfirmedByDueDate),
            new($"{Key}.confirmation-rate", "Confirmed by the read-by date (per cent)", f.ConfirmationRate is { } rate ? (decimal)rate : null,
                f.ConfirmationRate is { } shown ? $"{shown:0.#}%" : "none due"),
        };
        if (f.VersionsPublished == 0 && f.TasksDue == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("integrity policies published or due to be read", period)], figures);
        }

        var sentences = new List<string>
        {
            f.VersionsPublished == 0
                ? $"{period.Between()} the force published no new version of its integrity policies."
                : $"{period.Between()} the force published {Count(f.VersionsPublished, "version of its integrity policies", "versions of its integrity policies")}, each to be read and confirmed as understood by a set date.",
        };
        if (f.TasksDue > 0)
        {
            sentences.Add($"Of the {Count(f.TasksDue, "confirmation", "confirmations")} that fell due, {Alone(f.ConfirmedByDueDate)} "
                + $"({f.ConfirmationRate:0.#}%) {(f.ConfirmedByDueDate == 1 ? "was" : "were")} made by the read-by date.");
        }

        return new(Key, Theme, title, true, sentences, figures);
    }
}
