using System.Text;
using ClosedXML.Excel;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Writes values into Excel cells so that no value can make an export fail or turn into
/// something else: dates Excel cannot hold are written as text, text is never a formula, and
/// characters a workbook cannot contain are dropped.
/// </summary>
public static class ExcelCells
{
    /// <summary>
    /// Excel counts days from 1900 and wrongly treats 1900 as a leap year, so only dates from
    /// 1 March 1900 are shown as themselves; earlier ones go in as text.
    /// </summary>
    public static readonly DateOnly FirstExactDate = new(1900, 3, 1);

    /// <summary>The most characters an Excel cell holds.</summary>
    public const int MaximumTextLength = 32_767;

    public static void Date(IXLCell cell, DateOnly date)
    {
        if (date < FirstExactDate)
        {
            Text(cell, UkFormat.Date(date));
            return;
        }

        cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
        cell.Style.DateFormat.Format = "dd/mm/yyyy";
    }

    /// <summary>Text as text: never a formula, never reinterpreted as a number or date.</summary>
    public static void Text(IXLCell cell, string value)
    {
        var clean = Clean(value);
        if (clean is ['=' or '+' or '-' or '@' or '\t' or '\r', ..])
        {
            clean = "'" + clean;
        }

        cell.SetValue(clean.Length > MaximumTextLength ? clean[..MaximumTextLength] : clean);
        cell.DataType = XLDataType.Text;
    }

    /// <summary>Drops what XML 1.0 (the format of a workbook) cannot hold: control characters and lone surrogates.</summary>
    private static string Clean(string value)
    {
        if (value.All(c => IsAllowed(c) && !char.IsSurrogate(c)))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (IsAllowed(c) && !char.IsSurrogate(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
}
