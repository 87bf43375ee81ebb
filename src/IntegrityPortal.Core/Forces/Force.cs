using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Forces;

/// <summary>A police force. Forces are not force-owned: every user may see their names.</summary>
public class Force : IAudited
{
    public int Id { get; set; }

    /// <summary>Short, URL-safe name used in account names and addresses, e.g. "thames-valley".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public int? AllianceId { get; set; }
    public Alliance? Alliance { get; set; }
    public ForceSettings? Settings { get; set; }
}
