using System.Globalization;
using System.Text;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// An organisation's name reduced to what identifies it, so that the spellings people and banks
/// use compare equal: case, accents and punctuation go; "&amp;" and "and" go; legal forms (Ltd,
/// Limited, PLC, LLP ...) and "The" go; common abbreviations are written out; the words are
/// sorted, so word order does not count. A bank's merchant string ("AMZN MKTP UK*2K3", "SQ *THE
/// RIVERSIDE CAFE") also loses its payment-processor prefix, the reference after the asterisk and
/// any word holding a digit (store numbers).
/// </summary>
public static partial class OrganisationNames
{
    private static readonly HashSet<string> Dropped =
    [
        "THE", "AND", "LTD", "LIMITED", "PLC", "LLP", "LP", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "CIC", "UK", "GB", "OF",
    ];

    // The words that banks and typists shorten.
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["AMZN"] = "AMAZON",
        ["MKTP"] = "MARKETPLACE",
        ["MKTPLACE"] = "MARKETPLACE",
        ["SVCS"] = "SERVICES",
        ["SVC"] = "SERVICES",
        ["SERVS"] = "SERVICES",
        ["SERV"] = "SERVICES",
        ["SERVICE"] = "SERVICES",
        ["INTL"] = "INTERNATIONAL",
        ["MGMT"] = "MANAGEMENT",
        ["BROS"] = "BROTHERS",
        ["ASSOC"] = "ASSOCIATES",
        ["TECH"] = "TECHNOLOGY",
        ["TECHNOLOGIES"] = "TECHNOLOGY",
        ["SYS"] = "SYSTEMS",
        ["SOLNS"] = "SOLUTIONS",
        ["SEC"] = "SECURITY",
        ["CTR"] = "CENTRE",
        ["CENTER"] = "CENTRE",
        ["RESTAURANTS"] = "RESTAURANT",
        ["HOTELS"] = "HOTEL",
    };

    // Payment processors that put their own name before the merchant's.
    private static readonly string[] ProcessorPrefixes = ["SQ *", "SQ*", "SUMUP *", "SUMUP*", "SP *", "SP*", "IZ *", "IZ*", "ZTL*", "PAYPAL *", "PAYPAL*", "WWW.", "CRV*"];

    /// <summary>Words that many names share: a shorter name or a merchant needs a word besides them to match.</summary>
    private static readonly HashSet<string> Generic =
    [
        "SERVICES", "SOLUTIONS", "SYSTEMS", "GROUP", "HOLDINGS", "INTERNATIONAL", "MANAGEMENT", "CONSULTING", "TECHNOLOGY", "SECURITY",
        "TRADING", "ENTERPRISES", "PARTNERS", "ASSOCIATES", "BRITISH", "NATIONAL", "ENGLAND", "WALES", "LONDON", "NORTH", "SOUTH", "EAST", "WEST",
    ];

    /// <summary>The words of the name that identify it, in alphabetical order; empty for a name of legal forms only.</summary>
    public static IReadOnlyList<string> Tokens(string? name, bool isMerchant = false) =>
        OrderedTokens(name, isMerchant).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The identifying words in the order written, for initials ("BT" for "British Telecom").</summary>
    public static IReadOnlyList<string> OrderedTokens(string? name, bool isMerchant = false)
    {
        var text = RemoveAccents((name ?? string.Empty).ToUpperInvariant()).Trim();
        if (isMerchant)
        {
            foreach (var prefix in ProcessorPrefixes)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                {
                    text = text[prefix.Length..];
                    break;
                }
            }

            // "AMZN MKTP UK*2K3": what follows the asterisk is the bank's reference.
            var star = text.IndexOf('*', StringComparison.Ordinal);
            if (star > 0)
            {
                text = text[..star];
            }
        }

        // "P.L.C.", "L.T.D.", "U.K.": letters with full stops are one word.
        text = DottedLetters().Replace(text, m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal));
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.Replace("&", " AND ", StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal))
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !isMerchant || !t.Any(char.IsDigit))
            .Select(t => Abbreviations.GetValueOrDefault(t, t))
            .Where(t => !Dropped.Contains(t))
            .ToList();
    }

    /// <summary>Whether the word is one that many names share (Services, Group ...).</summary>
    public static bool IsGeneric(string token) => Generic.Contains(token);

    /// <summary>The normalised name: its identifying words, sorted, with single spaces.</summary>
    public static string Key(string? name, bool isMerchant = false) => string.Join(' ', Tokens(name, isMerchant));

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Concat(kept).Normalize(NormalizationForm.FormC);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[A-Z]\.){2,}")]
    private static partial System.Text.RegularExpressions.Regex DottedLetters();
}
