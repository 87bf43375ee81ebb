using System.Globalization;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// A calendar quarter of UK dates (1 = January to March), for the quarterly publication of
/// chief officers' media contacts. Its bounds are UK midnights, as UTC instants.
/// </summary>
public readonly record struct Quarter(int Year, int Number)
{
    public const int FirstYear = 2000;

    public bool IsValid => Year is >= FirstYear and <= 9998 && Number is >= 1 and <= 4;

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    public DateTime StartUtc => UkTime.StartOfDayUtc(FirstDay);

    /// <summary>Exclusive: the start of the next quarter.</summary>
    public DateTime EndUtc => UkTime.StartOfDayUtc(FirstDay.AddMonths(3));

    public static Quarter Containing(DateOnly date) => new(date.Year, (date.Month - 1) / 3 + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public string Describe()
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        return $"{FirstDay.ToString("MMMM", culture)} to {LastDay.ToString("MMMM yyyy", culture)}";
    }
}
