using System.Text.RegularExpressions;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// The formats of the procurement registers' identifiers, in one place: the forms, the CSV
/// import and the cross-check all read them from here. Each <c>Normalise…</c> returns the
/// stored form, or null when the text is not in the format.
/// </summary>
public static partial class ProcurementRules
{
    public const int DefaultWindowMonths = 12;
    public const int MinimumWindowMonths = 1;
    public const int MaximumWindowMonths = 36;

    /// <summary>Contract values and card amounts above this (£1 billion) are taken for a typing error.</summary>
    public const long MaximumValuePence = 100_000_000_000;

    public const string CompanyNumberFormat = "Enter the company number as 8 digits, or 2 letters and 6 digits, like 01234567 or SC123456";
    public const string PostcodeFormat = "Enter a real postcode, like SW1A 1AA";
    public const string VatNumberFormat = "Enter the VAT number as GB and 9 or 12 digits, like GB123456789";

    /// <summary>Companies House: 8 digits, or a 2-letter prefix (SC, NI, OC, ...) and 6 digits. Spaces are ignored.</summary>
    public static string? NormaliseCompanyNumber(string? text)
    {
        var compact = Compact(text);
        return compact is not null && CompanyNumber().IsMatch(compact) ? compact : null;
    }

    /// <summary>A UK postcode, stored upper case with one space before the inward code.</summary>
    public static string? NormalisePostcode(string? text)
    {
        var compact = Compact(text);
        if (compact is null || compact.Length is < 5 or > 7)
        {
            return null;
        }

        var spaced = compact[..^3] + " " + compact[^3..];
        return Postcode().IsMatch(spaced) ? spaced : null;
    }

    /// <summary>A UK VAT number: GB and 9 digits, or GB and 12 (a branch of a group). Spaces are ignored.</summary>
    public static string? NormaliseVatNumber(string? text)
    {
        var compact = Compact(text);
        return compact is not null && VatNumber().IsMatch(compact) ? compact : null;
    }

    private static string? Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
    }

    [GeneratedRegex("^([0-9]{8}|[A-Z]{2}[0-9]{6})$")]
    private static partial Regex CompanyNumber();

    // The outward code's shapes (A9, A99, AA9, AA99, A9A, AA9A) and the inward code 9AA; GIR 0AA is Girobank's.
    [GeneratedRegex("^(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2})$")]
    private static partial Regex Postcode();

    [GeneratedRegex("^GB([0-9]{9}|[0-9]{12})$")]
    private static partial Regex VatNumber();
}
