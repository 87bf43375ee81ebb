namespace IntegrityPortal.Core.Reporting.Dashboard;

/// <summary>
/// The median of a distribution the database has already counted: rows of (value, how many).
/// A quarter's days to declare or to decide fall in a few hundred distinct values at most, so
/// the grouped rows stay small however many records there are (decision: dashboard figures).
/// </summary>
public static class Median
{
    /// <summary>The median of the counted values, or null when there are none; halfway between the two middle values for an even count.</summary>
    public static double? Of(IEnumerable<(int Value, int Count)> counted)
    {
        var ordered = counted.Where(c => c.Count > 0).OrderBy(c => c.Value).ToList();
        var total = ordered.Sum(c => c.Count);
        if (total == 0)
        {
            return null;
        }

        // The 0-based positions of the middle value(s) in the ordered list of all values.
        var lower = (total - 1) / 2;
        var upper = total / 2;
        int? lowerValue = null;
        var seen = 0;
        foreach (var (value, count) in ordered)
        {
            seen += count;
            if (lowerValue is null && seen > lower)
            {
                lowerValue = value;
            }

            if (seen > upper)
            {
                return (lowerValue!.Value + value) / 2.0;
            }
        }

        throw new InvalidOperationException("Unreachable: the upper middle position is within the total.");
    }
}
