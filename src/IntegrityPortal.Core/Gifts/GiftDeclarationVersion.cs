using System.Text.Json;
using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// One version of a declaration's details, never changed once written. Version 1 is what was
/// first declared; each amendment adds the next, with who made it and why.
/// </summary>
public class GiftDeclarationVersion : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int DeclarationId { get; set; }
    public int Number { get; set; }
    public DateTime RecordedUtc { get; set; }
    public required string RecordedBy { get; set; }

    /// <summary>Why the declarant amended it; null for the first version.</summary>
    public string? AmendmentReason { get; set; }

    /// <summary>The details as JSON (<see cref="GiftDetails"/>).</summary>
    public required string Details { get; set; }

    public GiftDetails ReadDetails() => JsonSerializer.Deserialize<GiftDetails>(Details)!;
}
