namespace IntegrityPortal.Core.Reporting;

/// <summary>
/// One figure of a report: a stable key (for CSV, Excel and the national comparison), the label
/// a reader sees, the number (null where it is not known) and how it is shown.
/// </summary>
public sealed record ReportFigure(string Key, string Label, decimal? Value, string Display)
{
    public static ReportFigure Count(string key, string label, int value) => new(key, label, value, value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
}

/// <summary>
/// A section of a force's progress report (its title, at most 31 characters, also names its
/// sheet in the Excel workbook): HMIC-style sentences followed by a table of the
/// figures they come from. When the register holds nothing for the period, <see cref="HasData"/>
/// is false and the paragraph says so plainly instead of giving zeros.
/// </summary>
public sealed record ReportSection(string Key, ReportTheme Theme, string Title, bool HasData, IReadOnlyList<string> Paragraph, IReadOnlyList<ReportFigure> Figures)
{
    public static string NoData(string what, ReportPeriod period) =>
        $"No data for the period: the portal holds no {what} for {period.Describe()}.";
}

/// <summary>The three questions HMIC's 2012 force reports answer, in their order.</summary>
public enum ReportTheme
{
    PressRelations = 1,
    GiftsProcurementAndSecondJobs = 2,
    IntegrityIssues = 3,
}

public static class ReportThemeText
{
    public static string Question(this ReportTheme theme) => theme switch
    {
        ReportTheme.PressRelations => "How are press relations handled, and information leaks investigated?",
        ReportTheme.GiftsProcurementAndSecondJobs => "Is there more clarity around acceptance of gifts and hospitality, procurement, and second jobs?",
        _ => "How does the force identify, monitor and manage potential integrity issues?",
    };
}

/// <summary>
/// A section of the progress report. Each reads one Core figures class for the forces and
/// period (one force for a report, every force for the national comparison, in a fixed number
/// of queries grouped by force) and writes each force's sentences and table from it; pages,
/// downloads, the national comparison and tests all use it. A register added to the portal gets one figures class and
/// one section (see docs/architecture.md, "Reporting").
/// </summary>
public interface IProgressSection
{
    string Key { get; }
    ReportTheme Theme { get; }
    /// <summary>The section for each force asked for (every one is in the answer).</summary>
    Task<IReadOnlyDictionary<int, ReportSection>> BuildAsync(ReportCounts counts, CancellationToken ct = default);
}
