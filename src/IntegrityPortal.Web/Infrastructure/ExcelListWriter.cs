using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>A column of a list download: its heading, its width in characters and each row's value.</summary>
public sealed record ExcelColumn<T>(string Heading, Func<T, ExcelValue> Value, double Width = 16);

public enum ExcelValueKind
{
    Text = 1,
    Date = 2,
    Pounds = 3,
    Number = 4,
}

/// <summary>One cell's value and how Excel shows it.</summary>
public readonly record struct ExcelValue(ExcelValueKind Kind, string Text, decimal Number, DateOnly Date)
{
    public static ExcelValue Of(string text) => new(ExcelValueKind.Text, text, 0, default);

    /// <summary>A date shown as dd/mm/yyyy; one Excel cannot hold (before 1 March 1900) as UK text.</summary>
    public static ExcelValue Of(DateOnly date) => new(ExcelValueKind.Date, string.Empty, 0, date);

    /// <summary>Pence shown as pounds: £1,234.50.</summary>
    public static ExcelValue Pounds(long pence) => new(ExcelValueKind.Pounds, string.Empty, pence / 100m, default);

    public static ExcelValue Of(decimal number) => new(ExcelValueKind.Number, string.Empty, number, default);
}

/// <summary>
/// The one way a list (a register, a log, any download whose length grows with the data) is
/// downloaded as Excel: rows are read from the query one at a time and written with the Open
/// XML SDK's <see cref="OpenXmlWriter"/> (SAX-style) straight into a compressed zip entry in
/// a temporary file, which is then sent. Nothing holds the workbook, or even one sheet, in
/// memory, so memory does not grow with the number of rows and nothing is capped.
/// </summary>
/// <remarks>
/// The zip is written with <see cref="ZipArchive"/> in create mode, not through the SDK's
/// <c>SpreadsheetDocument</c>: that goes through System.IO.Packaging, whose zip entries on
/// .NET are opened in update mode and buffer the whole part in memory until the package is
/// closed (Open-XML-SDK issue 807), which is the growth this writer exists to avoid. The small
/// fixed parts (content types, relationships, workbook, styles) are written after the sheets.
/// A sheet holds at most Excel's 1,048,576 rows; longer lists continue on further sheets
/// ("Register (2)") with the heading repeated. Small fixed workbooks (reports, a sheet per
/// section) are built with ClosedXML instead: see docs/decisions (streamed Excel lists).
/// </remarks>
public static class ExcelListWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Data rows on one sheet: Excel's 1,048,576 rows less the heading.</summary>
    public const int RowsPerSheet = 1_048_575;

    // Style indexes of the cell formats written in Styles().
    private const uint Plain = 0;
    private const uint Heading = 1;
    private const uint DateStyle = 2;
    private const uint MoneyStyle = 3;

    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Writes the list into a temporary file that deletes itself when closed; returns it at its
    /// start with the number of rows written. Register the stream for disposal with the response.
    /// </summary>
    public static async Task<(FileStream File, int Rows)> WriteTemporaryFileAsync<T>(string sheetName, IReadOnlyList<ExcelColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct, int rowsPerSheet = RowsPerSheet)
    {
        var path = Path.Combine(Path.GetTempPath(), $"integrity-portal-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            var written = await WriteAsync(file, sheetName, columns, rows, ct, rowsPerSheet);
            file.Position = 0;
            return (file, written);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes the workbook to <paramref name="output"/> (left open); returns the number of rows written.</summary>
    public static async Task<int> WriteAsync<T>(Stream output, string sheetName, IReadOnlyList<ExcelColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct, int rowsPerSheet = RowsPerSheet)
    {
        var letters = columns.Select((_, i) => ColumnLetters(i)).ToArray();
        var sheetNames = new List<string>();
        var written = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var next = rows.GetAsyncEnumerator(ct);
            var more = await next.MoveNextAsync();
            do
            {
                sheetNames.Add(sheetNames.Count == 0 ? sheetName : $"{sheetName} ({sheetNames.Count + 1})");
                using var part = zip.CreateEntry($"xl/worksheets/sheet{sheetNames.Count}.xml", CompressionLevel.Fastest).Open();
                using var writer = OpenXmlWriter.Create(part);
                StartSheet(writer, columns, letters);
                var onSheet = 0;
                while (more && onSheet < rowsPerSheet)
                {
                    var rowNumber = onSheet + 2;
                    writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
                    var r = rowNumber.ToString(Invariant);
                    for (var c = 0; c < columns.Count; c++)
                    {
                        writer.WriteElement(Cell(letters[c] + r, columns[c].Value(next.Current)));
                    }

                    writer.WriteEndElement();
                    onSheet++;
                    written++;
                    more = await next.MoveNextAsync();
                }

                writer.WriteEndElement(); // sheetData
                writer.WriteEndElement(); // worksheet
            }
            while (more);

            WriteFixedParts(zip, sheetNames);
        }

        return written;
    }

    /// <summary>The worksheet up to its rows: the heading frozen at the top, column widths, the heading row.</summary>
    private static void StartSheet<T>(OpenXmlWriter writer, IReadOnlyList<ExcelColumn<T>> columns, string[] letters)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(columns.Select((column, i) =>
            new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = column.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        for (var c = 0; c < columns.Count; c++)
        {
            writer.WriteElement(TextCell(letters[c] + "1", columns[c].Heading, Heading));
        }

        writer.WriteEndElement();
    }

    private static Cell Cell(string reference, ExcelValue value) => value.Kind switch
    {
        ExcelValueKind.Date when ExcelCells.IsExactDate(value.Date) => NumberCell(reference, ExcelCells.Serial(value.Date), DateStyle),
        ExcelValueKind.Date => TextCell(reference, UkFormat.Date(value.Date), Plain),
        ExcelValueKind.Pounds => NumberCell(reference, value.Number, MoneyStyle),
        ExcelValueKind.Number => NumberCell(reference, value.Number, Plain),
        _ => TextCell(reference, value.Text, Plain),
    };

    private static Cell NumberCell(string reference, decimal number, uint style) =>
        new() { CellReference = reference, StyleIndex = style, CellValue = new CellValue(number.ToString(Invariant)) };

    // Inline strings, not the shared string table: that table would have to hold every
    // distinct text of the list in memory until the end.
    private static Cell TextCell(string reference, string text, uint style) =>
        new()
        {
            CellReference = reference,
            StyleIndex = style,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(ExcelCells.Text(text)) { Space = SpaceProcessingModeValues.Preserve }),
        };

    /// <summary>A, B, … Z, AA, AB, …</summary>
    internal static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void WriteFixedParts(ZipArchive zip, IReadOnlyList<string> sheetNames)
    {
        WriteXml(zip, "[Content_Types].xml", x =>
        {
            x.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(x, "xml", "application/xml");
            Override(x, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(x, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                Override(x, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }

            x.WriteEndElement();
        });
        WriteXml(zip, "_rels/.rels", x =>
        {
            x.WriteStartElement("Relationships", RelationshipsNs);
            Relationship(x, "rId1", $"{DocumentRelationshipsNs}/officeDocument", "xl/workbook.xml");
            x.WriteEndElement();
        });
        WriteXml(zip, "xl/_rels/workbook.xml.rels", x =>
        {
            x.WriteStartElement("Relationships", RelationshipsNs);
            for (var i = 1; i <= sheetNames.Count; i++)
            {
                Relationship(x, $"rId{i}", $"{DocumentRelationshipsNs}/worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(x, $"rId{sheetNames.Count + 1}", $"{DocumentRelationshipsNs}/styles", "styles.xml");
            x.WriteEndElement();
        });
        WriteElement(zip, "xl/workbook.xml", new Workbook(new Sheets(sheetNames.Select((name, i) =>
            new Sheet { Name = name.Length > 31 ? name[..31] : name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" }))));
        WriteElement(zip, "xl/styles.xml", Styles());
    }

    /// <summary>Fonts, fills, borders and the four cell formats the writer uses: plain, heading (bold), date, pounds.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "£#,##0.00" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static void WriteElement(ZipArchive zip, string name, OpenXmlElement element)
    {
        using var part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument();
        writer.WriteElement(element);
    }

    private static void WriteXml(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var x = XmlWriter.Create(part, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        x.WriteStartDocument(standalone: true);
        write(x);
        x.WriteEndDocument();
    }

    private static void Default(XmlWriter x, string extension, string contentType)
    {
        x.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("Extension", extension);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Override(XmlWriter x, string partName, string contentType)
    {
        x.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        x.WriteAttributeString("PartName", partName);
        x.WriteAttributeString("ContentType", contentType);
        x.WriteEndElement();
    }

    private static void Relationship(XmlWriter x, string id, string type, string target)
    {
        x.WriteStartElement("Relationship", RelationshipsNs);
        x.WriteAttributeString("Id", id);
        x.WriteAttributeString("Type", type);
        x.WriteAttributeString("Target", target);
        x.WriteEndElement();
    }
}
