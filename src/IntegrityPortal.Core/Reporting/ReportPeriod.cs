using System.Globalization;

namespace IntegrityPortal.Core.Reporting;

/// <summary>
/// The period a governance report covers: UK days, both ends included. HMIC's force reports
/// speak of "September 2011 to May 2012", so a period of whole months is described by its
/// months and any other by its days.
/// </summary>
public sealed record ReportPeriod
{
    /// <summary>The period of HMIC's 2012 force reports, offered as the starting point.</summary>
    public static readonly ReportPeriod HmicRevisit = new(new DateOnly(2011, 9, 1), new DateOnly(2012, 5, 31));

    /// <summary>The earliest first day a report accepts: before it the registers hold nothing.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("The last day must be the same as or after the first day.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    public bool IsWholeMonths => From.Day == 1 && To.AddDays(1).Day == 1;

    /// <summary>"September 2011 to May 2012", or "3 September 2011 to 14 May 2012".</summary>
    public string Describe() => IsWholeMonths
        ? From.Year == To.Year && From.Month == To.Month
            ? From.ToString("MMMM yyyy", British)
            : $"{From.ToString("MMMM yyyy", British)} to {To.ToString("MMMM yyyy", British)}"
        : $"{From.ToString("d MMMM yyyy", British)} to {To.ToString("d MMMM yyyy", British)}";

    /// <summary>HMIC's opening: "Between September 2011 and May 2012" (or "In May 2012" for one month).</summary>
    public string Between() => IsWholeMonths
        ? From.Year == To.Year && From.Month == To.Month
            ? $"In {From.ToString("MMMM yyyy", British)}"
            : $"Between {From.ToString("MMMM yyyy", British)} and {To.ToString("MMMM yyyy", British)}"
        : $"Between {From.ToString("d MMMM yyyy", British)} and {To.ToString("d MMMM yyyy", British)}";

    /// <summary>"2011-09-01_2012-05-31": for file names of downloads.</summary>
    public string FileSuffix => $"{From:yyyy-MM-dd}_{To:yyyy-MM-dd}";

    /// <summary>A period has ended once its last day is before today; its figures no longer change.</summary>
    public bool HasEnded(DateOnly today) => To < today;
}
