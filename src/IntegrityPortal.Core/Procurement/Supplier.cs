using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// One of the force's organisations marked as a supplier. The organisation stays the one record
/// that gifts, business interests and media share (its company number lives there), so the
/// cross-check compares records, not typed names. The force's supplier reference is the natural
/// key of the register: an import that meets a known reference changes nothing new.
/// </summary>
public class Supplier : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>The force's own reference in its finance system, unique within the force.</summary>
    public required string SupplierReference { get; set; }
    public required string RegisteredAddress { get; set; }

    /// <summary>UK postcode, stored upper case with one space ("SW1A 1AA").</summary>
    public required string Postcode { get; set; }

    /// <summary>UK VAT number, stored as "GB" and 9 or 12 digits, without spaces.</summary>
    public string? VatNumber { get; set; }
    public SupplierStatus Status { get; set; } = SupplierStatus.Active;
    public int Version { get; set; }
}
