using System.Linq.Expressions;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// The media contact log's rules, free of the database so they can be tested alone. The
/// workflow applies them; the log form applies the same ones to put each message beside its field.
/// </summary>
public static class MediaRules
{
    /// <summary>Clocks and typing are not exact: a contact up to this far ahead still counts as now.</summary>
    public static readonly TimeSpan FutureMargin = TimeSpan.FromMinutes(15);

    /// <summary>How far ahead pre-arranged contact may be notified.</summary>
    public const int MaximumDaysAhead = 366;

    /// <summary>How far back a contact may be logged: the range of <see cref="PlausibleDates.MediaContact"/>.</summary>
    public static int MaximumYearsBack => PlausibleDates.MediaContact.YearsBack;

    public const string InTheFuture = "The date and time of the contact cannot be in the future, unless it is pre-arranged and you are telling us in advance";
    public const string TooFarAhead = "Pre-arranged contact can be logged up to a year ahead";
    public const string TooLongAgo = "The date of the contact must be within the last 5 years";
    public const string AuthorisedByNeeded = "Enter who authorised the contact";
    public const string AuthorisedByNotAuthorised = "Say the contact was authorised, or leave who authorised it empty";

    /// <summary>Broken rules as (property of <see cref="MediaContactDetails"/>, message) pairs.</summary>
    public static IEnumerable<(string Property, string Message)> Check(MediaContactDetails details, DateTime nowUtc)
    {
        if (details.ContactedUtc > nowUtc + FutureMargin)
        {
            if (!details.WasPreArranged)
            {
                yield return (nameof(MediaContactDetails.ContactedUtc), InTheFuture);
            }
            else if (details.ContactedUtc > nowUtc.AddDays(MaximumDaysAhead))
            {
                yield return (nameof(MediaContactDetails.ContactedUtc), TooFarAhead);
            }
        }
        else if (details.ContactedUtc < nowUtc.AddYears(-MaximumYearsBack))
        {
            yield return (nameof(MediaContactDetails.ContactedUtc), TooLongAgo);
        }

        if (details.WasAuthorised && string.IsNullOrWhiteSpace(details.AuthorisedBy))
        {
            yield return (nameof(MediaContactDetails.AuthorisedBy), AuthorisedByNeeded);
        }
        else if (!details.WasAuthorised && !string.IsNullOrWhiteSpace(details.AuthorisedBy))
        {
            yield return (nameof(MediaContactDetails.AuthorisedBy), AuthorisedByNotAuthorised);
        }
    }

    /// <summary>
    /// Contact the force wants notified in advance: pre-arranged contact and visits to media
    /// establishments (Cumbria's policy names both).
    /// </summary>
    public static bool NeedsAdvanceNotice(bool wasPreArranged, bool wasVisit) => wasPreArranged || wasVisit;

    /// <summary>
    /// Contact that needed advance notice in a force that requires it, but was logged only at
    /// or after the time it happened. Computed when read, from the force's current setting.
    /// </summary>
    public static bool WasNotNotifiedInAdvance(bool wasPreArranged, bool wasVisit, DateTime contactedUtc, DateTime recordedUtc, bool forceRequiresNotice) =>
        forceRequiresNotice && NeedsAdvanceNotice(wasPreArranged, wasVisit) && recordedUtc >= contactedUtc;

    /// <summary>The same rule as <see cref="WasNotNotifiedInAdvance"/>, for filtering in the database.</summary>
    public static readonly Expression<Func<MediaContact, bool>> NotNotifiedInAdvance = c =>
        c.Force!.Settings!.MediaAdvanceNoticeRequired
        && (c.WasPreArranged || c.WasVisitToMediaEstablishment)
        && c.RecordedUtc >= c.ContactedUtc;

    /// <summary>
    /// Contacts by chief officers, as the gifts public register names them: officers of the
    /// rank of assistant chief constable and above (see <see cref="PoliceRanks.IsChiefOfficer"/>).
    /// </summary>
    public static readonly Expression<Func<MediaContact, bool>> ByChiefOfficer = c =>
        c.Person!.Kind == PersonKind.Officer && c.Person.Rank >= PoliceRank.AssistantChiefConstable;
}
