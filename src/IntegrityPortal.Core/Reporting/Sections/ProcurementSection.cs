using IntegrityPortal.Core.Procurement;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// The cross-check of procurement records against the registers (<see cref="ProcurementFigures"/>):
/// what HMIC found missing in four of the five forces ("no monitoring in place to cross-reference
/// contract and procurement registers with the gifts and hospitality register").
/// </summary>
public sealed class ProcurementSection : IProgressSection
{
    public string Key => "procurement";
    public ReportTheme Theme => ReportTheme.GiftsProcurementAndSecondJobs;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => ProcurementFigures.ForForcesAsync(db, forceIds, from, to, ct: c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(ProcurementFigures f, ReportPeriod period)
    {
        const string title = "Procurement cross-check";
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.raised", "Matches raised between procurement records and the registers", f.Raised),
            ReportFigure.Count($"{Key}.high-priority", "Of which high priority", f.HighPriority),
            ReportFigure.Count($"{Key}.not-a-match", "Settled as not a match", f.NotAMatch),
            ReportFigure.Count($"{Key}.no-concern", "Settled as no concern", f.NoConcern),
            ReportFigure.Count($"{Key}.advice-given", "Settled with advice given", f.AdviceGiven),
            ReportFigure.Count($"{Key}.referred", "Referred for investigation", f.Referred),
            ReportFigure.Count($"{Key}.open", "Not settled by the end of the period", f.Open),
            ReportFigure.Count($"{Key}.meetings-held", "Quarterly cross-check meetings held", f.MeetingsHeld),
        };
        if (f.Raised == 0)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("matches between procurement records and the gifts, hospitality and business-interest registers", period)], figures);
        }

        var sentences = new List<string>
        {
            $"{period.Between()} the cross-check of the force's suppliers, contracts and card spending against its registers raised "
                + $"{Count(f.Raised, "match", "matches")}, " + OfWhich(f.HighPriority, f.Raised, "was of high priority", "were of high priority", "was not of high priority") + ".",
        };
        var settled = new List<string>();
        if (f.NotAMatch > 0) settled.Add($"judged {Number(f.NotAMatch)} not a match");
        if (f.NoConcern > 0) settled.Add($"found no concern in {Number(f.NoConcern)}");
        if (f.AdviceGiven > 0) settled.Add($"gave advice in {Number(f.AdviceGiven)}");
        if (f.Referred > 0) settled.Add($"referred {Number(f.Referred)} for investigation");
        if (settled.Count > 0)
        {
            sentences.Add($"By the end of the period PSD had {Join(settled)}"
                + (f.Open > 0 ? $"; {Alone(f.Open)} {(f.Open == 1 ? "was" : "were")} still open." : "."));
        }
        else
        {
            sentences.Add($"PSD had settled none of them by the end of the period.");
        }

        if (f.MeetingsHeld > 0)
        {
            sentences.Add($"The heads of procurement, professional standards and the media department met {Times(f.MeetingsHeld)} in the period to go through the cross-check.");
        }

        return new(Key, Theme, title, true, sentences, figures);
    }

    private static string Times(int n) => n switch { 1 => "once", 2 => "twice", _ => $"{Number(n)} times" };

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
}
