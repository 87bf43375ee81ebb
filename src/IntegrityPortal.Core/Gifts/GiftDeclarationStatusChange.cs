using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Gifts;

/// <summary>
/// Where a declaration stood from a date on: its outcome and value as declared or amended, its
/// approval and PSD's review. Written by <see cref="GiftWorkflow"/> at every step, never
/// changed, so the figures of a past period read the declaration as it stood then, whatever
/// amendment or review came later (decision on dated status events).
/// </summary>
public class GiftDeclarationStatusChange : IForceOwned, IAppendOnly
{
    public int Id { get; set; }
    public int ForceId { get; set; }
    public int DeclarationId { get; set; }

    /// <summary>The UK date the step was taken.</summary>
    public DateOnly EffectiveOn { get; set; }

    public OfferOutcome Outcome { get; set; }
    public long ValuePence { get; set; }
    public ApprovalStatus ApprovalStatus { get; set; }
    public ReviewStatus ReviewStatus { get; set; }
    public bool IsFromSupplier { get; set; }
    public bool IsLate { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
    public DateTime RecordedUtc { get; set; }

    internal static GiftDeclarationStatusChange Of(GiftDeclaration declaration, DateOnly effectiveOn, string recordedBy, DateTime recordedUtc) => new()
    {
        ForceId = declaration.ForceId,
        EffectiveOn = effectiveOn,
        Outcome = declaration.Outcome,
        ValuePence = declaration.ValuePence,
        ApprovalStatus = declaration.ApprovalStatus,
        ReviewStatus = declaration.ReviewStatus,
        IsFromSupplier = declaration.IsFromSupplier,
        IsLate = declaration.IsLate,
        RecordedBy = recordedBy,
        RecordedUtc = recordedUtc,
    };
}
