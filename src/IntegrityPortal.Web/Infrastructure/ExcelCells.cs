using System.Text;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The rules that keep any stored value from making an Excel export fail or turn into
/// something else: dates Excel cannot hold are written as text, text is never a formula, and
/// characters a workbook cannot contain are dropped. <see cref="ExcelListWriter"/> applies them
/// to every cell.
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

    /// <summary>Whether Excel shows the date as itself (a serial number with a date format).</summary>
    public static bool IsExactDate(DateOnly date) => date >= FirstExactDate;

    /// <summary>
    /// Excel's serial number of a date: days since 30 December 1899 (so that 1 March 1900 is
    /// 61, after Excel's phantom 29 February 1900).
    /// </summary>
    public static int Serial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;

    /// <summary>
    /// Text as it goes into a cell: cleaned, never read as a formula if the file is saved again
    /// as CSV (a leading = + - @ tab or carriage return is quoted), cut to what a cell holds.
    /// </summary>
    public static string Text(string value)
    {
        var clean = Clean(value);
        if (clean is ['=' or '+' or '-' or '@' or '\t' or '\r', ..])
        {
            clean = "'" + clean;
        }

        return clean.Length > MaximumTextLength ? clean[..MaximumTextLength] : clean;
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
