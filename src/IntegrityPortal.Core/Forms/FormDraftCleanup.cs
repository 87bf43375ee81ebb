using IntegrityPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Forms;

/// <summary>
/// Deletes drafts nobody has touched for <see cref="KeptFor"/>, sent or not. A started draft
/// holds what a person typed about a gift or a journalist; kept for ever it would be personal
/// data held with no purpose (Data Protection Act 2018, storage limitation). A sent draft is
/// only the proof that its one send happened; a month after, nobody resends it, and a resend of
/// a deleted draft is "not found" and creates nothing. See docs/decisions/0058-abandoned-form-drafts-deleted.md.
/// </summary>
public static class FormDraftCleanup
{
    /// <summary>How long a draft is kept after it was last saved.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    /// <summary>
    /// Deletes every draft last saved before <see cref="KeptFor"/> ago, in one DELETE by the
    /// database over the UpdatedUtc index; returns how many. Run as the system, which sees every force.
    /// </summary>
    public static Task<int> DeleteAbandonedAsync(IntegrityDbContext db, CancellationToken ct)
    {
        var before = db.Clock.GetUtcNow().UtcDateTime - KeptFor;
        return db.FormDrafts.Where(d => d.UpdatedUtc < before).ExecuteDeleteAsync(ct);
    }
}
