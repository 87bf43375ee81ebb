using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Media;

/// <summary>One row of the media department's list of contacts.</summary>
public sealed record MediaContactRow
{
    public int Id { get; init; }
    public string ForceName { get; init; } = string.Empty;
    public DateTime ContactedUtc { get; init; }
    public DateTime RecordedUtc { get; init; }
    public int PersonId { get; init; }
    public string PersonName { get; init; } = string.Empty;
    public PoliceRank? Rank { get; init; }
    public string? Grade { get; init; }
    public string JournalistName { get; init; } = string.Empty;
    public string OutletName { get; init; } = string.Empty;
    public MediaContactMethod Method { get; init; }
    public string Subject { get; init; } = string.Empty;
    public bool WasPreArranged { get; init; }
    public bool WasVisitToMediaEstablishment { get; init; }
    public bool ForceRequiresNotice { get; init; }
    public DateTime? AcknowledgedUtc { get; init; }
    public bool WasAuthorised { get; init; }

    /// <summary>The version shown, so a bulk acknowledgement can refuse a contact changed since.</summary>
    public int Version { get; init; }

    public string Reference => $"MC-{Id:D6}";

    public string RankOrGrade => Rank?.DisplayName() ?? Grade ?? "Staff";

    public bool WasNotNotifiedInAdvance =>
        MediaRules.WasNotNotifiedInAdvance(WasPreArranged, WasVisitToMediaEstablishment, ContactedUtc, RecordedUtc, ForceRequiresNotice);
}

/// <summary>Whether contacts are listed acknowledged, awaiting acknowledgement or either.</summary>
public enum AcknowledgementFilter
{
    Awaiting = 1,
    Acknowledged = 2,
}

/// <summary>
/// The media department's filters over the force's contacts, bound from the query string.
/// Dates are UK days; each filter maps onto an index led by the force (see MediaContactConfiguration).
/// </summary>
public sealed class MediaContactFilter
{
    [Display(Name = "From date")]
    public DateOnly? From { get; set; }

    [Display(Name = "To date")]
    public DateOnly? To { get; set; }

    public string? Outlet { get; set; }
    public string? Journalist { get; set; }

    [Display(Name = "Acknowledgement")]
    public AcknowledgementFilter? Acknowledgement { get; set; }

    [Display(Name = "Pre-arranged only")]
    public bool PreArrangedOnly { get; set; }

    [Display(Name = "Not notified in advance only")]
    public bool NotNotifiedOnly { get; set; }

    /// <summary>Only contacts the person logged as not authorised: what the media department follows up.</summary>
    [Display(Name = "Not authorised only")]
    public bool NotAuthorisedOnly { get; set; }

    public IEnumerable<(string Property, string Message)> Check()
    {
        if (From is { } from && To is { } to && from > to)
        {
            yield return (nameof(To), "The end date must be the same as or after the start date");
        }

        if (Outlet?.Length > 200)
        {
            yield return (nameof(Outlet), "Outlet must be 200 characters or fewer");
        }

        if (Journalist?.Length > 200)
        {
            yield return (nameof(Journalist), "Journalist must be 200 characters or fewer");
        }
    }

    /// <summary>The contacts that match, newest first.</summary>
    public IQueryable<MediaContact> Apply(IQueryable<MediaContact> contacts) =>
        Where(contacts).OrderByDescending(c => c.ContactedUtc).ThenByDescending(c => c.Id);

    /// <summary>
    /// The matching contacts' keys with their time, to choose a page from an index without
    /// reading the rows (<see cref="PerForcePage"/>); <see cref="OrderedKeys"/> is <see cref="Apply"/>'s order.
    /// </summary>
    public IQueryable<PageKey> Keys(IQueryable<MediaContact> contacts) =>
        Where(contacts).Select(c => new PageKey { Id = c.Id, Time = c.ContactedUtc });

    /// <summary>The keys newest first, as <see cref="Apply"/> orders the contacts.</summary>
    public static IQueryable<PageKey> OrderedKeys(IQueryable<PageKey> keys) =>
        keys.OrderByDescending(k => k.Time).ThenByDescending(k => k.Id);

    /// <summary>
    /// The id of the contact after <paramref name="current"/> in this filter's order (newest
    /// first), or null at the end: one keyset query, never the list loaded. The current contact
    /// need not still match: once acknowledged it leaves an "awaiting" list, and the next is still found.
    /// </summary>
    public Task<int?> NextAfterAsync(IQueryable<MediaContact> contacts, MediaContact current, CancellationToken ct = default)
    {
        var when = current.ContactedUtc;
        var id = current.Id;
        return Where(contacts)
            .Where(c => c.ContactedUtc < when || (c.ContactedUtc == when && c.Id < id))
            .OrderByDescending(c => c.ContactedUtc).ThenByDescending(c => c.Id)
            .Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(ct);
    }

    private IQueryable<MediaContact> Where(IQueryable<MediaContact> contacts)
    {
        var query = contacts;
        if (From is { } from)
        {
            var start = UkTime.StartOfDayUtc(from);
            query = query.Where(c => c.ContactedUtc >= start);
        }

        if (To is { } to)
        {
            var end = UkTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(c => c.ContactedUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(Outlet))
        {
            var outlet = Outlet.Trim();
            query = query.Where(c => c.OutletName.StartsWith(outlet));
        }

        if (!string.IsNullOrWhiteSpace(Journalist))
        {
            var journalist = Journalist.Trim();
            query = query.Where(c => c.JournalistName.StartsWith(journalist));
        }

        query = Acknowledgement switch
        {
            AcknowledgementFilter.Awaiting => query.Where(c => c.AcknowledgedUtc == null),
            AcknowledgementFilter.Acknowledged => query.Where(c => c.AcknowledgedUtc != null),
            _ => query,
        };

        if (PreArrangedOnly)
        {
            query = query.Where(c => c.WasPreArranged);
        }

        if (NotNotifiedOnly)
        {
            query = query.Where(MediaRules.NotNotifiedInAdvance);
        }

        if (NotAuthorisedOnly)
        {
            // Compared with a parameter: EF writes "== false" as a bare "NOT WasAuthorised", which
            // SQLite cannot seek in the (ForceId, WasAuthorised, ContactedUtc) index.
            var no = false;
            query = query.Where(c => c.WasAuthorised == no);
        }

        return query;
    }

    public static IQueryable<MediaContactRow> Project(IQueryable<MediaContact> ordered) =>
        ordered.Select(c => new MediaContactRow
        {
            Id = c.Id,
            ForceName = c.Force!.Name,
            ContactedUtc = c.ContactedUtc,
            RecordedUtc = c.RecordedUtc,
            PersonId = c.PersonId,
            PersonName = c.Person!.GivenName + " " + c.Person.FamilyName,
            Rank = c.Person.Rank,
            Grade = c.Person.Grade,
            JournalistName = c.JournalistName,
            OutletName = c.OutletName,
            Method = c.Method,
            Subject = c.Subject,
            WasPreArranged = c.WasPreArranged,
            WasVisitToMediaEstablishment = c.WasVisitToMediaEstablishment,
            ForceRequiresNotice = c.Force.Settings!.MediaAdvanceNoticeRequired,
            AcknowledgedUtc = c.AcknowledgedUtc,
            WasAuthorised = c.WasAuthorised == true,
            Version = c.Version,
        });

    /// <summary>A short text of the filter for the audit trail.</summary>
    public string Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        if (From is { } from) parts.Add($"from {from.ToString("yyyy-MM-dd", inv)}");
        if (To is { } to) parts.Add($"to {to.ToString("yyyy-MM-dd", inv)}");
        if (!string.IsNullOrWhiteSpace(Outlet)) parts.Add($"outlet starts with '{Outlet.Trim()}'");
        if (!string.IsNullOrWhiteSpace(Journalist)) parts.Add($"journalist starts with '{Journalist.Trim()}'");
        if (Acknowledgement is { } a) parts.Add($"acknowledgement {a}");
        if (PreArrangedOnly) parts.Add("pre-arranged only");
        if (NotNotifiedOnly) parts.Add("not notified in advance only");
        if (NotAuthorisedOnly) parts.Add("not authorised only");
        var text = parts.Count == 0 ? "no filter" : string.Join("; ", parts);
        return text.Length > 500 ? text[..500] : text;
    }

    public IEnumerable<KeyValuePair<string, string?>> ToQuery(string prefix)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return new($"{prefix}.From", From?.ToString("yyyy-MM-dd", inv));
        yield return new($"{prefix}.To", To?.ToString("yyyy-MM-dd", inv));
        yield return new($"{prefix}.Outlet", Outlet);
        yield return new($"{prefix}.Journalist", Journalist);
        yield return new($"{prefix}.Acknowledgement", Acknowledgement?.ToString());
        yield return new($"{prefix}.PreArrangedOnly", PreArrangedOnly ? "true" : null);
        yield return new($"{prefix}.NotNotifiedOnly", NotNotifiedOnly ? "true" : null);
        yield return new($"{prefix}.NotAuthorisedOnly", NotAuthorisedOnly ? "true" : null);
    }
}
