using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Investigations;

/// <summary>
/// Whether a record a case links to exists in the case's force, per kind. Each register that
/// can be linked answers here; a kind whose register is not in the portal answers null and
/// cannot be linked.
/// </summary>
public static class RecordLinks
{
    /// <summary>The kinds that can be linked now (those <see cref="ExistsAsync"/> can check).</summary>
    public static readonly IReadOnlyList<LinkedRecordKind> Available =
        [LinkedRecordKind.MediaContact, LinkedRecordKind.GiftDeclaration, LinkedRecordKind.BusinessInterest];

    /// <returns>True or false when the kind can be checked; null for a kind not yet available.</returns>
    public static async Task<bool?> ExistsAsync(IntegrityDbContext db, LinkedRecordKind kind, int recordId, int forceId, CancellationToken ct = default) => kind switch
    {
        LinkedRecordKind.MediaContact => await db.MediaContacts.AnyAsync(c => c.Id == recordId && c.ForceId == forceId, ct),
        LinkedRecordKind.GiftDeclaration => await db.GiftDeclarations.AnyAsync(d => d.Id == recordId && d.ForceId == forceId, ct),
        // A draft is the applicant's alone until submitted, so it cannot be linked.
        LinkedRecordKind.BusinessInterest => await db.BusinessInterests.AnyAsync(i => i.Id == recordId && i.ForceId == forceId && i.Status != InterestStatus.Draft, ct),
        // A procurement match is linked from the match page, when PSD refers it (not offered on the case page).
        LinkedRecordKind.ProcurementMatch => await db.ProcurementMatches.AnyAsync(m => m.Id == recordId && m.ForceId == forceId, ct),
        _ => null,
    };

    /// <summary>The reference people quote for a linked record: GH-000123, MC-000045.</summary>
    public static string Reference(LinkedRecordKind kind, int recordId) => kind switch
    {
        LinkedRecordKind.MediaContact => $"MC-{recordId:D6}",
        LinkedRecordKind.GiftDeclaration => $"GH-{recordId:D6}",
        LinkedRecordKind.BusinessInterest => $"BI-{recordId:D6}",
        _ => $"PM-{recordId:D6}",
    };
}
