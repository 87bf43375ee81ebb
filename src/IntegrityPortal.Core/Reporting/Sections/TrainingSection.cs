using IntegrityPortal.Core.Training;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// Integrity training held in the period (<see cref="TrainingPeriodFigures"/>): every HMIC report
/// asks what training officers and staff have had since 2011.
/// </summary>
public sealed class TrainingSection : IProgressSection
{
    public string Key => "training";
    public ReportTheme Theme => ReportTheme.IntegrityIssues;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => TrainingPeriodFigures.ForForcesAsync(db, forceIds, from, to, c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(TrainingPeriodFigures f, ReportPeriod period)
    {
        const string title = "Integrity training";
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.sessions", "Training sessions held", f.Sessions),
            ReportFigure.Count($"{Key}.people-trained", "People who attended integrity training", f.PeopleTrained),
        };
        if (f.Sessions == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("integrity training sessions", period)], figures);
        }

        var sentences = new List<string>
        {
            $"{period.Between()} the force held {Count(f.Sessions, "integrity training session", "integrity training sessions")}, "
            + $"attended by {Count(f.PeopleTrained, "officer or member of staff", "officers and staff")}.",
        };
        if (f.ByCourse.Count > 0)
        {
            sentences.Add("By course: " + string.Join("; ", f.ByCourse.Select(c => $"{c.Course}, {Count(c.People, "person", "people")}")) + ".");
        }

        return new(Key, Theme, title, true, sentences, figures);
    }
}
