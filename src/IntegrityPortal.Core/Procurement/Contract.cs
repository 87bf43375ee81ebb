using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Procurement;

/// <summary>
/// A contract or tender of the force. The winner is null while a tender is open. Bidders and the
/// people who sat on the panel or signed the award are rows of their own, so that the
/// cross-check can ask "who else bid" and "who decided" through indexes. The reference is the
/// register's natural key within the force.
/// </summary>
public class Contract : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public required string Reference { get; set; }
    public required string Title { get; set; }

    /// <summary>The organisation that won, once awarded.</summary>
    public int? SupplierOrganisationId { get; set; }
    public Organisation? SupplierOrganisation { get; set; }

    /// <summary>Value in pence (ADR 0008).</summary>
    public long ValuePence { get; set; }
    public ProcurementRoute Route { get; set; }
    public DateOnly? TenderOpenedOn { get; set; }
    public DateOnly? AwardedOn { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int? AwardingDepartmentId { get; set; }
    public Department? AwardingDepartment { get; set; }
    public List<ContractBidder> Bidders { get; set; } = [];
    public List<ContractPerson> People { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>An organisation that bid for a contract.</summary>
public class ContractBidder : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

/// <summary>A person of the force who sat on the evaluation panel of a contract or signed its award.</summary>
public class ContractPerson : IForceOwned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int ContractId { get; set; }
    public Contract? Contract { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public ContractPart Part { get; set; }
}
