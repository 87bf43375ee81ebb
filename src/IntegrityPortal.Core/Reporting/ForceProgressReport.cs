using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting.Sections;

namespace IntegrityPortal.Core.Reporting;

/// <summary>
/// A force's progress report for a period, in the structure of HMIC's 2012 force reports: the
/// sections of each of HMIC's three questions, in order. The page, its CSV and Excel downloads,
/// the national comparison and the tests all build it here.
/// </summary>
public sealed record ForceProgressReport(int ForceId, ReportPeriod Period, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Every section, in the report's order. A new register adds its section here.</summary>
    public static readonly IReadOnlyList<IProgressSection> AllSections =
    [
        new MediaContactsSection(),
        new MediaInvestigationsSection(),
        new GiftsSection(),
        new SecondJobsSection(),
        new ProcurementSection(),
        new IntegrityInvestigationsSection(),
        new PoliciesSection(),
        new TrainingSection(),
        new SelfAssessmentSection(),
    ];

    public IEnumerable<IGrouping<ReportTheme, ReportSection>> ByTheme => Sections.GroupBy(s => s.Theme).OrderBy(g => g.Key);

    public IEnumerable<ReportFigure> Figures => Sections.SelectMany(s => s.Figures);

    public static async Task<ForceProgressReport> BuildAsync(IntegrityDbContext db, int forceId, ReportPeriod period, CancellationToken ct = default) =>
        (await BuildForForcesAsync(db, [forceId], period, ct))[forceId];

    /// <summary>
    /// Several forces' reports for the same period: each section asks for all the forces at once,
    /// so the queries are a fixed number whatever the number of forces (the national comparison).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, ForceProgressReport>> BuildForForcesAsync(IntegrityDbContext db, IReadOnlyCollection<int> forceIds, ReportPeriod period, CancellationToken ct = default)
    {
        // Every section asks for its figures at once, so they are counted side by side.
        var counts = new ReportCounts(db, forceIds, period);
        var sections = await Task.WhenAll(AllSections.Select(section => section.BuildAsync(counts, ct)));
        return forceIds.ToDictionary(id => id, id => new ForceProgressReport(id, period, [.. sections.Select(s => s[id])]));
    }
}
