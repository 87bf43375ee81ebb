using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;

namespace IntegrityPortal.Core.Organisations;

/// <summary>
/// A company, charity, public body or outlet a force deals with. One list per force, shared by
/// the registers (gifts offerors now; suppliers, contracts and media outlets later), so that
/// cross-checks between registers match on one record rather than on typed names.
/// </summary>
public class Organisation : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public required string Name { get; set; }

    /// <summary>Companies House number, where the organisation is a registered company.</summary>
    public string? CompanyNumber { get; set; }

    public int Version { get; set; }
}
