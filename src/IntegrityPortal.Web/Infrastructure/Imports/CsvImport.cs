using System.Globalization;
using CsvHelper;

namespace IntegrityPortal.Web.Infrastructure.Imports;

/// <summary>A row of an import file the import refuses: its line in the file, and why.</summary>
public sealed record ImportProblem(int Line, string Message);

/// <summary>A data row of an import file: its line (the header is line 1) and its values by column.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string column] => Values.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    /// <summary>
    /// The column's UK date as finance and training systems export it (23/11/2026; 23/11/26 is
    /// refused, as the century matters); null when empty, or when it is not a date, with a problem
    /// for the property.
    /// </summary>
    public DateOnly? Date(string column, string property, List<(string Property, string Message)> problems)
    {
        if (this[column] is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add((property, "Enter the date as day/month/year, like 23/11/2026"));
        return null;
    }
}

/// <summary>
/// Reads a register's CSV file as finance systems export it (comma separated, a header row,
/// UTF-8 with or without a byte order mark) with CsvHelper. It only reads: every row with a
/// malformed quote or the wrong number of fields is reported with its line, and the page then
/// writes nothing. Columns are found by their header names (any case, any order); columns the
/// layout does not name are ignored. Each register documents its layout on its import page and in docs/.
/// </summary>
public static class CsvImport
{
    /// <summary>Files larger than this are refused before they are read (some 20,000 rows of a card statement).</summary>
    public const long MaximumBytes = 5 * 1024 * 1024;

    public const int MaximumRows = 20_000;

    public static async Task<(IReadOnlyList<ImportRow> Rows, List<ImportProblem> Problems)> ReadAsync(Stream stream, IReadOnlyList<string> columns, IReadOnlyList<string> required, CancellationToken ct)
    {
        // The file is small (MaximumBytes): read it whole, and drop a UTF-8 byte order mark, which Excel writes.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Read(new ReadOnlyMemory<byte>(bytes, start, bytes.Length - start), columns, required);
    }

    private static (IReadOnlyList<ImportRow> Rows, List<ImportProblem> Problems) Read(ReadOnlyMemory<byte> input, IReadOnlyList<string> columns, IReadOnlyList<string> required)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => problems.Add(new ImportProblem((int)record.LineNumber, record.Reason == CsvMalformedReason.FieldCountMismatch
                ? "The row does not have the same number of columns as the header row"
                : "The row's quotation marks are not balanced: a value with a comma must be in double quotes")),
            FieldCountMismatch = CsvFieldCountHandling.Skip,
        };

        using var reader = CsvReader.Create(input, options);
        var headers = reader.Headers.ToList();
        if (headers.Count == 0)
        {
            problems.Add(new ImportProblem(1, "The file is empty: it must start with a header row naming the columns"));
            return (rows, problems);
        }

        var missing = required.Where(c => !reader.TryGetFieldIndex(c, out _)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(1, $"The header row must name the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)}"));
            return (rows, problems);
        }

        var indexes = columns.Select(c => (Column: c, Found: reader.TryGetFieldIndex(c, out var i), Index: i)).Where(c => c.Found).ToList();
        while (reader.Read())
        {
            if (rows.Count == MaximumRows)
            {
                problems.Add(new ImportProblem((int)reader.LineNumber, $"The file has more than {MaximumRows:N0} rows: split it into smaller files"));
                break;
            }

            var values = indexes.ToDictionary(c => c.Column, c => c.Index < reader.FieldCount ? reader.GetString(c.Index).Trim() : string.Empty, StringComparer.OrdinalIgnoreCase);
            rows.Add(new ImportRow((int)reader.LineNumber, values));
        }

        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ImportProblem(2, "The file has a header row but no rows of data"));
        }

        return (rows, problems);
    }
}
