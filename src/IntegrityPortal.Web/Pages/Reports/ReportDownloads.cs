using System.Globalization;
using ClosedXML.Excel;
using CsvHelper;
using IntegrityPortal.Core.Reporting;

namespace IntegrityPortal.Web.Pages.Reports;

/// <summary>
/// The downloads of a progress report: a CSV with every figure, and an Excel workbook with a
/// sheet per section (its sentences, then its table). Both carry the protective marking. They
/// hold counts only, as the page does.
/// </summary>
public static class ReportDownloads
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Marking = "OFFICIAL-SENSITIVE";
    public const string NoData = "No data";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static readonly string[] CsvHeadings = ["Force", "From", "To", "Section", "Key", "Figure", "Value"];

    /// <summary>The CSV's rows after its headings: every figure of every section; "No data" where the register holds none.</summary>
    public static IEnumerable<string[]> CsvRows(string forceName, ForceProgressReport report) =>
        report.Sections.SelectMany(section => section.Figures.Select(figure => new[]
        {
            forceName,
            report.Period.From.ToString("yyyy-MM-dd", Invariant),
            report.Period.To.ToString("yyyy-MM-dd", Invariant),
            section.Title,
            figure.Key,
            figure.Label,
            !section.HasData ? NoData : figure.Value is { } v ? v.ToString(Invariant) : figure.Display,
        }));

    public static async Task<byte[]> CsvAsync(IEnumerable<string[]> rows, string[] headings, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true, ValidateFieldCount = false };
        await using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            await csv.WriteRecordAsync([Marking], ct);
            await csv.WriteRecordAsync(headings, ct);
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(row, ct);
            }

            await csv.FlushAsync(ct);
        }

        return stream.ToArray();
    }

    public static byte[] Excel(string forceName, ForceProgressReport report)
    {
        using var workbook = new XLWorkbook();
        foreach (var section in report.Sections)
        {
            // Sheet names are at most 31 characters and unique.
            var sheet = workbook.Worksheets.Add(section.Title.Length > 31 ? section.Title[..31] : section.Title);
            Text(sheet.Cell(1, 1), Marking).Style.Font.Bold = true;
            Text(sheet.Cell(2, 1), $"{forceName}: {section.Title}, {report.Period.Describe()}").Style.Font.Bold = true;
            var r = 3;
            foreach (var sentence in section.Paragraph)
            {
                Text(sheet.Cell(r++, 1), sentence);
            }

            r++;
            Text(sheet.Cell(r, 1), "Figure").Style.Font.Bold = true;
            Text(sheet.Cell(r, 2), "Value").Style.Font.Bold = true;
            foreach (var figure in section.Figures)
            {
                r++;
                Text(sheet.Cell(r, 1), figure.Label);
                if (!section.HasData)
                {
                    Text(sheet.Cell(r, 2), NoData);
                }
                else if (figure.Value is { } value)
                {
                    sheet.Cell(r, 2).SetValue(value);
                }
                else
                {
                    Text(sheet.Cell(r, 2), figure.Display);
                }
            }

            sheet.Column(1).Width = 70;
            sheet.Column(2).Width = 16;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Text as text: never a formula, never reinterpreted as a number or date.</summary>
    public static IXLCell Text(IXLCell cell, string value)
    {
        cell.SetValue(value is ['=' or '+' or '-' or '@', ..] ? "'" + value : value);
        cell.DataType = XLDataType.Text;
        return cell;
    }
}
