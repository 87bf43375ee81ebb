using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// A contact between an officer or member of staff and a journalist, logged by the person who
/// had it. The force's named media department (see <see cref="ForceSettings.MediaDepartmentName"/>)
/// sees every contact of its force and acknowledges each one.
/// </summary>
public class MediaContact : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }

    /// <summary>Who had the contact: the person who logged it.</summary>
    public int PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>Their department when they logged it.</summary>
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }

    /// <summary>When the contact happened (or will happen, for pre-arranged contact notified in advance).</summary>
    public DateTime ContactedUtc { get; set; }

    public string JournalistName { get; set; } = string.Empty;

    /// <summary>The outlet, one of the force's organisations.</summary>
    public int OutletId { get; set; }
    public Organisation? Outlet { get; set; }

    /// <summary>
    /// The outlet's name as logged, kept on the row so the department's list can filter and
    /// sort by it through an index, as gifts declarations keep the organisation's name.
    /// </summary>
    public string OutletName { get; set; } = string.Empty;

    public MediaContactMethod Method { get; set; }
    public bool WasPreArranged { get; set; }
    public bool WasVisitToMediaEstablishment { get; set; }
    public string Subject { get; set; } = string.Empty;
    public string Disclosed { get; set; } = string.Empty;
    public bool WasAuthorised { get; set; }
    public string? AuthorisedBy { get; set; }

    /// <summary>When the contact was logged; advance notice means it was logged before it happened.</summary>
    public DateTime RecordedUtc { get; set; }

    public string? AcknowledgedBy { get; set; }
    public DateTime? AcknowledgedUtc { get; set; }

    /// <summary>
    /// When a pre-arranged contact logged in advance was completed after it happened (once).
    /// The details as logged in advance are kept in <see cref="Versions"/>.
    /// </summary>
    public DateTime? CompletedUtc { get; set; }

    /// <summary>Earlier and current details, once the contact has been completed; empty before.</summary>
    public List<MediaContactVersion> Versions { get; set; } = [];

    public int Version { get; set; }

    /// <summary>The reference people quote: MC-000123.</summary>
    public string Reference => $"MC-{Id:D6}";
}
