using System.Text.Json;
using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Media;

/// <summary>
/// One version of a contact's details, never changed once written. A contact gets versions
/// when a pre-arranged contact logged in advance is completed after it happened: version 1 is
/// what was logged in advance, version 2 the completion. A contact never completed has none:
/// its row is its only version.
/// </summary>
public class MediaContactVersion : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int MediaContactId { get; set; }
    public int Number { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string RecordedBy { get; set; }

    /// <summary>What the version is: "Logged in advance", "Completed after it happened".</summary>
    public required string Note { get; set; }

    /// <summary>The details as JSON (<see cref="MediaContactDetails"/>), with the outlet's name as it was.</summary>
    public required string Details { get; set; }
    public required string OutletName { get; set; }

    public MediaContactDetails ReadDetails() => JsonSerializer.Deserialize<MediaContactDetails>(Details)!;
}
