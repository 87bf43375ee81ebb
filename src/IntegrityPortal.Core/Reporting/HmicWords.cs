using System.Globalization;

namespace IntegrityPortal.Core.Reporting;

/// <summary>
/// How HMIC's force reports write numbers, so generated sentences read like them: one to nine
/// in words and 10 upwards in figures ("four instances", "57 applications"); a part of a whole
/// as "all of which", "both of which", "all but one of which", "none of which".
/// </summary>
public static class HmicWords
{
    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>"no", "one" … "nine", then "10", "57", "1,234".</summary>
    public static string Number(int n) =>
        n is >= 0 and < 10 ? Small[n] : n.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A number standing alone, as the subject of a verb: "none", "one" … "nine", "10".</summary>
    public static string Alone(int n) => n == 0 ? "none" : Number(n);

    /// <summary>"no investigations", "one investigation", "four investigations", "57 investigations".</summary>
    public static string Count(int n, string singular, string plural) => $"{Number(n)} {(n == 1 ? singular : plural)}";

    /// <summary>
    /// The clause that says how many of <paramref name="whole"/> things have a property, in
    /// HMIC's words: "which was continuing" (one of one), "both of which were continuing",
    /// "all of which were continuing", "all but one of which were continuing", "none of which
    /// were continuing", "three of which were continuing" (of four; "all but one" only of 10 or more), "one of which was continuing".
    /// Empty when there is nothing to qualify. The predicate comes in the singular
    /// (<paramref name="singular"/>, "was continuing"), plural ("were continuing") and, for a
    /// single thing that lacks it, negative ("was not continuing") forms.
    /// </summary>
    public static string OfWhich(int part, int whole, string singular, string plural, string negative)
    {
        if (whole <= 0)
        {
            return string.Empty;
        }

        if (whole == 1)
        {
            return part >= 1 ? $"which {singular}" : $"which {negative}";
        }

        if (part >= whole)
        {
            return whole == 2 ? $"both of which {plural}" : $"all of which {plural}";
        }

        if (part <= 0)
        {
            return $"none of which {plural}";
        }

        // HMIC: "18 applications …, all but one of which", but "four instances …, three of which".
        if (whole - part == 1 && whole >= 10)
        {
            return $"all but one of which {plural}";
        }

        return part == 1 ? $"one of which {singular}" : $"{Number(part)} of which {plural}";
    }

    /// <summary>The sentence with its first letter in capitals.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
