using IntegrityPortal.Core.SelfAssessment;
using static IntegrityPortal.Core.Reporting.HmicWords;

namespace IntegrityPortal.Core.Reporting.Sections;

/// <summary>
/// The force's self-assessment and its actions (<see cref="SelfAssessmentFigures"/>), as
/// Warwickshire "conducted a self-assessment ... identified actions ... and monitored its progress".
/// </summary>
public sealed class SelfAssessmentSection : IProgressSection
{
    public string Key => "self-assessment";
    public ReportTheme Theme => ReportTheme.IntegrityIssues;

    public async Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default) =>
        (await counts.GetAsync((db, forceIds, from, to, c) => SelfAssessmentFigures.ForForcesAsync(db, forceIds, from, to, c), ct))
            .ToDictionary(f => f.Key, f => Write(f.Value, counts.Period));

    public ReportSection Write(SelfAssessmentFigures f, ReportPeriod period)
    {
        const string title = "Self-assessment and its actions";
        var figures = new List<ReportFigure>
        {
            ReportFigure.Count($"{Key}.assessments-completed", "Self-assessments completed", f.AssessmentsCompleted),
            ReportFigure.Count($"{Key}.actions-completed", "Actions completed", f.ActionsCompleted),
            ReportFigure.Count($"{Key}.actions-open", "Actions open at the end of the period", f.ActionsOpen),
            ReportFigure.Count($"{Key}.actions-overdue", "Of which overdue", f.ActionsOverdue),
        };
        if (f == SelfAssessmentFigures.None)
        {
            return new(Key, Theme, title, false, [ReportSection.NoData("self-assessment or actions", period)], figures);
        }

        var sentences = new List<string>();
        sentences.Add(f.AssessmentsCompleted == 0
            ? $"{period.Between()} the force completed no self-assessment against the integrity checklist."
            : $"{period.Between()} the force completed {Count(f.AssessmentsCompleted, "self-assessment", "self-assessments")} against the integrity checklist.");
        sentences.Add(f.ActionsOpen == 0
            ? $"It completed {Count(f.ActionsCompleted, "action", "actions")}, and none was open at the end of the period."
            : $"It completed {Count(f.ActionsCompleted, "action", "actions")}; {Count(f.ActionsOpen, "action was", "actions were")} open at the end of the period, "
              + (f.ActionsOverdue == 0 ? "none of them overdue." : f.ActionsOverdue == f.ActionsOpen ? (f.ActionsOpen == 1 ? "and it was overdue." : "all of them overdue.") : $"{Number(f.ActionsOverdue)} of them overdue."));
        return new(Key, Theme, title, true, sentences, figures);
    }
}
