using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forces;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.People;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// An offer of a gift, hospitality or similar, accepted or declined, declared by an officer or
/// member of staff. The current details are kept on the row so the register can filter and
/// sort them by index; every version of the details, the first included, is kept in
/// <see cref="Versions"/>. Workflow fields change only through <see cref="GiftWorkflow"/>.
/// </summary>
public class GiftDeclaration : IForceOwned, IVersioned, IAudited
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public int DeclarantId { get; set; }
    public Person? Declarant { get; set; }

    /// <summary>The declarant's department when they declared, so the register can filter by it.</summary>
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }

    public DateOnly DeclaredOn { get; set; }

    // The current details (see GiftDetails).
    public DateOnly OfferedOn { get; set; }
    public string OfferorName { get; set; } = string.Empty;
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>
    /// The organisation's name as declared, kept on the row so the register can filter and sort
    /// by it through an index, without joining a national table of organisations.
    /// </summary>
    public string OrganisationName { get; set; } = string.Empty;
    public OfferorRelationship Relationship { get; set; }
    public OfferType OfferType { get; set; }
    public string Description { get; set; } = string.Empty;
    public long ValuePence { get; set; }
    public OfferOutcome Outcome { get; set; }
    public string Reason { get; set; } = string.Empty;
    public GiftDisposal? Disposal { get; set; }
    public bool InvolvedInPurchasing { get; set; }
    public bool IsCashOrEquivalent { get; set; }

    // What the portal worked out.
    public bool IsLate { get; set; }
    public bool IsFromSupplier { get; set; }
    public PatternFlags PatternFlags { get; set; }

    // Approval of acceptance above the force's approval value.
    public ApprovalStatus ApprovalStatus { get; set; }
    public string? LineManagerNote { get; set; }
    public string? LineManagerDecidedBy { get; set; }
    public DateTime? LineManagerDecidedUtc { get; set; }
    public string? PsdApprovalNote { get; set; }
    public string? PsdApprovalDecidedBy { get; set; }
    public DateTime? PsdApprovalDecidedUtc { get; set; }

    // PSD's review in the register.
    public ReviewStatus ReviewStatus { get; set; }
    public string? ReviewNote { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }

    public int CurrentVersionNumber { get; set; }
    public List<GiftDeclarationVersion> Versions { get; set; } = [];

    /// <summary>Where the declaration stood after each step, dated, for figures of past periods.</summary>
    public List<GiftDeclarationStatusChange> StatusChanges { get; set; } = [];

    /// <summary>
    /// The date of the latest step in <see cref="StatusChanges"/>. From that day on, the row's own
    /// outcome, value, approval and review are where the declaration stands, so the figures of
    /// a period that ended on or after it read the row and need the steps only for declarations
    /// changed after the period (decision on reading the latest step).
    /// </summary>
    public DateOnly LastStepOn { get; set; }
    public int Version { get; set; }

    /// <summary>Appends where the declaration stands now as a step dated <paramref name="effectiveOn"/>: the only way a step is written.</summary>
    public void RecordStep(DateOnly effectiveOn, string recordedBy, DateTime recordedUtc)
    {
        StatusChanges.Add(GiftDeclarationStatusChange.Of(this, effectiveOn, recordedBy, recordedUtc));
        if (effectiveOn > LastStepOn)
        {
            LastStepOn = effectiveOn;
        }
    }

    /// <summary>The reference people quote: GH-000123.</summary>
    public string Reference => FormatReference(Id);

    public static string FormatReference(int id) => $"GH-{id:D6}";

    /// <summary>An offer counts as accepted only once any approval it needed was given.</summary>
    public bool CountsAsAccepted => Outcome == OfferOutcome.Accepted && ApprovalStatus is ApprovalStatus.NotRequired or ApprovalStatus.Approved;

    public GiftDetails Details => new()
    {
        OfferedOn = OfferedOn,
        OfferorName = OfferorName,
        OrganisationId = OrganisationId,
        Relationship = Relationship,
        OfferType = OfferType,
        Description = Description,
        ValuePence = ValuePence,
        Outcome = Outcome,
        Reason = Reason,
        Disposal = Disposal,
        InvolvedInPurchasing = InvolvedInPurchasing,
        IsCashOrEquivalent = IsCashOrEquivalent,
    };

    internal void Apply(GiftDetails details)
    {
        OfferedOn = details.OfferedOn;
        OfferorName = details.OfferorName;
        OrganisationId = details.OrganisationId;
        Relationship = details.Relationship;
        OfferType = details.OfferType;
        Description = details.Description;
        ValuePence = details.ValuePence;
        Outcome = details.Outcome;
        Reason = details.Reason;
        Disposal = details.Disposal;
        InvolvedInPurchasing = details.InvolvedInPurchasing;
        IsCashOrEquivalent = details.IsCashOrEquivalent;
    }
}
