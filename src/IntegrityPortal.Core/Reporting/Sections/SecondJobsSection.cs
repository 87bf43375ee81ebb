using IntegrityPortal.Core.BusinessInterests;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// Applications for second jobs and business interests and their outcomes
/// (<see cref="BusinessInterestFigures"/>): HMIC's "57 applications for second jobs, all of
/// which have been approved" and "18 applications …, all but one of which have been approved".
/// </summary>
public sealed class SecondJobsSection : IProgressSection
{
    public string Key => "second-jobs";
    public ReportTheme Theme => ReportTheme.GiftsProcurementAndSecondJobs;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => BusinessInterestFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(BusinessInterestFigures f, ReportPeriod period)
    {
        const string title = "Second jobs";
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.received", "Applications received", f.Received),
            ReportFigure.Count($"{Key}.approved", "Approved (with or without conditions)", f.Approved),
            ReportFigure.Count($"{Key}.approved-with-conditions", "Of which approved with conditions", f.ApprovedWithConditions),
            ReportFigure.Count($"{Key}.refused", "Refused", f.Refused),
            ReportFigure.Count($"{Key}.withdrawn", "Withdrawn", f.Withdrawn),
            ReportFigure.Count($"{Key}.pending", "Awaiting a decision", f.Pending),
            ReportFigure.Count($"{Key}.appeals", "Appeals lodged", f.Appeals),
            ReportFigure.Count($"{Key}.appeals-upheld", "Appeals upheld", f.AppealsUpheld),
        };
        if (f.Received == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("applications for second jobs or business interests", period)], figures);
        }

        var sentences = new List<string>
        {
            $"{period.Between()} there {(f.Received == 1 ? "has" : "have")} been {Count(f.Received, "application for a second job", "applications for second jobs")}, "
                + OfWhich(f.Approved, f.Received, "has been approved", "have been approved", "has not been approved") + ".",
        };
        var others = new List<string>();
        if (f.Refused > 0) others.Add($"{Number(f.Refused)} refused");
        if (f.Withdrawn > 0) others.Add($"{Number(f.Withdrawn)} withdrawn");
        if (f.Pending > 0) others.Add($"{Number(f.Pending)} awaiting a decision");
        if (others.Count > 0)
        {
            sentences.Add($"Of the rest, {Join(others)}.");
        }

        if (f.Appeals > 0)
        {
            sentences.Add($"{Capitalise(Count(f.Appeals, "appeal was", "appeals were"))} lodged against a refusal"
                + (f.AppealsUpheld > 0 ? $", {Number(f.AppealsUpheld)} of them upheld" : string.Empty) + ".");
        }

        return new(Key, Theme, title, true, sentences, figures);
    }

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
