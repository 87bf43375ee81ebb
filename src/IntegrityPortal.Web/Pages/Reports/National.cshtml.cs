using System.Globalization;
using ClosedXML.Excel;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Reporting;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>
/// Every force side by side for a period (<see cref="NationalComparison"/>), for the inspector
/// and the national administrator: each figure of the progress report, rates per 1,000 of the
/// workforce, and the forces that stand out. Sorted on the server by any column.
/// </summary>
public class NationalModel(IntegrityDbContext db, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public ReportPeriodQuery Period { get; set; } = new();

    /// <summary>"name", "workforce", a figure's key, or "rate:" and a figure's key.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>"asc" or "desc".</summary>
    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    public NationalComparison? Comparison { get; private set; }
    public IReadOnlyList<ForceComparison> Sorted { get; private set; } = [];
    public bool Descending => Direction == "desc";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        var keys = Keys();
        var headings = new[] { "Force", "Code", "From", "To", "Workforce" }
            .Concat(keys.Select(k => k.Label))
            .Concat(NationalComparison.RateDefinitions.Select(r => $"{r.Label} per 1,000 workforce"))
            .Append("Stands out")
            .ToArray();
        var rows = Sorted.Select(f => new[] { f.Name, f.Code, Comparison!.Period.From.ToString("yyyy-MM-dd"), Comparison.Period.To.ToString("yyyy-MM-dd"), f.Workforce.ToString(CultureInfo.InvariantCulture) }
            .Concat(keys.Select(k => Cell(f, k.Key)))
            .Concat(NationalComparison.RateDefinitions.Select(r => f.Rates[r.Key]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty))
            .Append(string.Join("; ", f.StandsOut))
            .ToArray()).ToList();
        await audit.RecordExportAsync("NationalComparison", $"National comparison (CSV), {Comparison!.Period.Describe()}", null, rows.Count, ct);
        return File(await ReportDownloads.CsvAsync(rows, headings, ct), ReportDownloads.CsvContentType, $"national-comparison-{Comparison.Period.FileSuffix}.csv");
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Page();
        }

        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add("Summary");
        ReportDownloads.Text(summary.Cell(1, 1), ReportDownloads.Marking).Style.Font.Bold = true;
        ReportDownloads.Text(summary.Cell(2, 1), $"National comparison, {Comparison!.Period.Describe()}").Style.Font.Bold = true;
        var headings = new[] { "Force", "Workforce" }.Concat(NationalComparison.RateDefinitions.Select(r => $"{r.Label} per 1,000 workforce")).Append("Stands out").ToArray();
        WriteRow(summary, 4, headings.Select(h => (object)h).ToArray(), bold: true);
        var r = 4;
        foreach (var f in Sorted)
        {
            WriteRow(summary, ++r, new object?[] { f.Name, f.Workforce }.Concat(NationalComparison.RateDefinitions.Select(d => (object?)f.Rates[d.Key])).Append(string.Join("; ", f.StandsOut)).ToArray());
        }

        foreach (var section in ForceProgressReport.AllSections.Select((s, i) => (Section: s, Index: i)))
        {
            var first = Sorted.FirstOrDefault()?.Report.Sections[section.Index];
            if (first is null)
            {
                continue;
            }

            var sheet = workbook.Worksheets.Add(first.Title.Length > 31 ? first.Title[..31] : first.Title);
            ReportDownloads.Text(sheet.Cell(1, 1), ReportDownloads.Marking).Style.Font.Bold = true;
            WriteRow(sheet, 3, new object[] { "Force" }.Concat(first.Figures.Select(x => (object)x.Label)).ToArray(), bold: true);
            var row = 3;
            foreach (var f in Sorted)
            {
                var s = f.Report.Sections[section.Index];
                WriteRow(sheet, ++row, new object?[] { f.Name }.Concat(s.Figures.Select(x => s.HasData ? x.Value ?? (object)x.Display : ReportDownloads.NoData)).ToArray());
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        await audit.RecordExportAsync("NationalComparison", $"National comparison (Excel), {Comparison.Period.Describe()}", null, Sorted.Count, ct);
        return File(stream.ToArray(), ReportDownloads.ExcelContentType, $"national-comparison-{Comparison.Period.FileSuffix}.xlsx");
    }

    /// <summary>Every figure of the progress report, in its order, with its label.</summary>
    public IReadOnlyList<(string Key, string Label)> Keys() =>
        Sorted.FirstOrDefault()?.Report.Figures.Select(f => (f.Key, f.Label)).ToList() ?? [];

    public static string Cell(ForceComparison force, string key)
    {
        var section = force.Report.Sections.First(s => s.Figures.Any(f => f.Key == key));
        var figure = section.Figures.First(f => f.Key == key);
        return !section.HasData ? ReportDownloads.NoData : figure.Value?.ToString(CultureInfo.InvariantCulture) ?? figure.Display;
    }

    /// <summary>The address that sorts by <paramref name="key"/>: the other way if it is already sorted by it.</summary>
    public string SortLink(string key)
    {
        var dir = Sort == key && !Descending ? "desc" : "asc";
        var period = Comparison?.Period;
        return $"/Reports/National?from={period?.From:yyyy-MM-dd}&to={period?.To:yyyy-MM-dd}&sort={Uri.EscapeDataString(key)}&dir={dir}";
    }

    public string? AriaSort(string key) => Sort == key || (Sort is null && key == "name") ? (Descending ? "descending" : "ascending") : null;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var period = Period.Read(ModelState, db.Clock.Today(), ProgressModel.DefaultPeriod(db.Clock.Today()));
        if (period is null || !ModelState.IsValid)
        {
            return false;
        }

        var forces = await ReportAccess.VisibleForcesAsync(db, ct);
        Comparison = await NationalComparison.BuildAsync(db, forces.Select(f => (f.Id, f.Code, f.Name)).ToList(), period, ct);
        Sorted = Order(Comparison.Forces);
        return true;
    }

    private IReadOnlyList<ForceComparison> Order(IReadOnlyList<ForceComparison> forces)
    {
        Func<ForceComparison, IComparable?> by = Sort switch
        {
            null or "" or "name" => f => f.Name,
            "workforce" => f => f.Workforce,
            "stands-out" => f => f.StandsOut.Count,
            var s when s.StartsWith("rate:", StringComparison.Ordinal) => f => f.Rates.GetValueOrDefault(s[5..]),
            var s => f => f.Value(s),
        };
        var ordered = Descending ? forces.OrderByDescending(by).ThenBy(f => f.Name) : forces.OrderBy(by).ThenBy(f => f.Name);
        return ordered.ToList();
    }

    private static void WriteRow(IXLWorksheet sheet, int row, object?[] values, bool bold = false)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            switch (values[c])
            {
                case decimal d: cell.SetValue(d); break;
                case int i: cell.SetValue(i); break;
                case null: break;
                case var v: ReportDownloads.Text(cell, v.ToString()!); break;
            }

            cell.Style.Font.Bold = bold;
        }
    }
}
