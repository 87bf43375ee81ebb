using System.Globalization;

namespace IntegrityPortal.Core;

/// <summary>
/// How far back and ahead of today a date field may lie. A date outside its range is a typing
/// mistake (a gift is declared within years of the offer, not centuries), and one far enough
/// out breaks the arithmetic that follows (a year before 1 January 0001) or the exports
/// (Excel holds no date before 1900).
/// </summary>
/// <param name="Field">The field as a message names it: "The date of the offer".</param>
public sealed record DateRange(string Field, int YearsBack, int YearsAhead)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public DateOnly Earliest(DateOnly today) => today.AddYears(-YearsBack);

    public DateOnly Latest(DateOnly today) => today.AddYears(YearsAhead);

    public bool Contains(DateOnly date, DateOnly today) => date >= Earliest(today) && date <= Latest(today);

    /// <summary>The message for a date outside the range, said as the field's rule; null inside it.</summary>
    public string? Check(DateOnly date, DateOnly today) =>
        date < Earliest(today) ? $"{Field} must be on or after {Earliest(today).ToString("d MMMM yyyy", EnGb)}"
        : date <= Latest(today) ? null
        : YearsAhead == 0 ? $"{Field} must be today or in the past"
        : $"{Field} must be on or before {Latest(today).ToString("d MMMM yyyy", EnGb)}";
}

/// <summary>
/// The plausible range of every date a person types into the portal, in one place; each
/// form's validator and each register's rules read their range from here.
/// </summary>
public static class PlausibleDates
{
    /// <summary>
    /// Any date at all, for filters and for what the binder accepts: every date the portal
    /// records falls in these years, and dates near the ends of the calendar overflow when a
    /// page turns them into a period (the day after 31 December 9999).
    /// </summary>
    public static readonly DateOnly FirstAccepted = new(1900, 1, 1);

    public static readonly DateOnly LastAccepted = new(2099, 12, 31);

    /// <summary>A gift or hospitality offer: declared within weeks, amended within years.</summary>
    public static readonly DateRange GiftOffer = new("The date of the offer", YearsBack: 10, YearsAhead: 0);

    /// <summary>When a business interest began or will begin: a family business may go back decades; a new job starts within months.</summary>
    public static readonly DateRange InterestStart = new("The start date", YearsBack: 60, YearsAhead: 2);

    /// <summary>When a business interest ended: in the past, and no earlier than any start could be.</summary>
    public static readonly DateRange InterestEnd = new("The date it ended", YearsBack: 60, YearsAhead: 0);

    /// <summary>The day of a contact with the media: logged within 5 years, or notified up to a year ahead.</summary>
    public static readonly DateRange MediaContact = new("The date of the contact", YearsBack: 5, YearsAhead: 1);

    /// <summary>The day an article suspected of a leak was published.</summary>
    public static readonly DateRange ArticlePublished = new("The date the article was published", YearsBack: 10, YearsAhead: 0);

    /// <summary>The day a case was opened: cases run for years and are recorded late, never centuries.</summary>
    public static readonly DateRange CaseOpened = new("The date opened", YearsBack: 30, YearsAhead: 0);

    /// <summary>A case's log entry or closure; also on or after the day the case was opened.</summary>
    public static readonly DateRange CaseEvent = new("The date", YearsBack: 30, YearsAhead: 0);

    /// <summary>The day the anti-corruption unit's staffing figures describe.</summary>
    public static readonly DateRange StaffingAsOn = new("The date", YearsBack: 30, YearsAhead: 0);

    /// <summary>Attendance is recorded after the session; the register reaches back to the 2011 report and before.</summary>
    public static readonly DateRange TrainingSession = new("The date of the session", YearsBack: 20, YearsAhead: 0);

    /// <summary>A self-assessment starts about now; one recorded late reaches back a few years.</summary>
    public static readonly DateRange AssessmentStarted = new("The date the assessment started", YearsBack: 5, YearsAhead: 0);

    /// <summary>A self-assessment action is due within two years; one agreed earlier and recorded late may already be due.</summary>
    /// <summary>A quarterly cross-check meeting is recorded after it is held, usually within weeks.</summary>
    public static readonly DateRange MeetingHeld = new("The date the meeting was held", YearsBack: 5, YearsAhead: 0);

    public static readonly DateRange ActionDue = new("The due date", YearsBack: 1, YearsAhead: 2);

    /// <summary>When a tender opened or a contract was awarded: registers are kept for years, and a tender may be planned ahead.</summary>
    public static readonly DateRange TenderOpened = new("The date the tender opened", YearsBack: 20, YearsAhead: 1);

    public static readonly DateRange ContractAwarded = new("The date of the award", YearsBack: 20, YearsAhead: 1);

    /// <summary>When a contract starts and ends: long contracts (estates, PFI) run for decades.</summary>
    public static readonly DateRange ContractStart = new("The start date", YearsBack: 20, YearsAhead: 5);

    public static readonly DateRange ContractEnd = new("The end date", YearsBack: 20, YearsAhead: 30);

    /// <summary>The day of a card transaction, from a bank statement.</summary>
    public static readonly DateRange CardTransaction = new("The date of the transaction", YearsBack: 10, YearsAhead: 0);
}
