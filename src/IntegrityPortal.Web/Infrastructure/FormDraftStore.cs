using System.Text.Json;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Forms;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// Keeps a form's answers on the server between its question pages and "Check your answers",
/// and makes its final send happen once. A draft opens only for the person who started it
/// (and, through the force filter, only in their force). See docs/decisions/0053-question-pages.md.
/// </summary>
public sealed class FormDraftStore(IntegrityDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The person's draft of this kind, submitted or not; null for anyone else's or none.</summary>
    public Task<FormDraft?> FindAsync(Guid? id, int personId, string kind, CancellationToken ct) =>
        id is { } draftId
            ? db.FormDrafts.SingleOrDefaultAsync(d => d.Id == draftId && d.PersonId == personId && d.Kind == kind, ct)
            : Task.FromResult<FormDraft?>(null);

    public static T Read<T>(FormDraft draft) where T : new() =>
        JsonSerializer.Deserialize<T>(draft.Answers, Json) ?? new T();

    /// <summary>Writes the answers into the draft, starting one when there is none (about the record, for an amendment); returns its id.</summary>
    public async Task<Guid> SaveAsync<T>(FormDraft? draft, int forceId, int personId, string kind, T answers, CancellationToken ct, int? recordId = null)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        if (draft is null)
        {
            draft = new FormDraft
            {
                Id = Guid.NewGuid(),
                ForceId = forceId,
                PersonId = personId,
                Kind = kind,
                Answers = string.Empty,
                CreatedUtc = now,
                RecordId = recordId,
            };
            db.FormDrafts.Add(draft);
        }

        draft.Answers = JsonSerializer.Serialize(answers, Json);
        draft.UpdatedUtc = now;
        await SqlitePragmas.WithoutFlushAsync(db, () => db.SaveChangesAsync(ct), ct);
        return draft.Id;
    }

    /// <summary>
    /// Claims the draft for its one send, inside the caller's transaction: true for the first
    /// send, false when another send has claimed it already. The update is a single conditional
    /// statement, so of two sends at the same moment the database lets exactly one through; the
    /// other waits for its transaction and then finds the draft claimed.
    /// </summary>
    public async Task<bool> ClaimAsync(Guid id, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var claimed = await db.FormDrafts
            .Where(d => d.Id == id && d.SubmittedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.SubmittedUtc, now), ct);
        return claimed == 1;
    }

    /// <summary>Records what the send created, in the same transaction as the claim.</summary>
    public Task RecordAsync(Guid id, int recordId, CancellationToken ct) =>
        db.FormDrafts.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.RecordId, recordId), ct);

    /// <summary>The record a claimed draft created, read again after its claim was lost to another send.</summary>
    public Task<int?> RecordOfAsync(Guid id, CancellationToken ct) =>
        db.FormDrafts.AsNoTracking().Where(d => d.Id == id).Select(d => d.RecordId).SingleOrDefaultAsync(ct);
}
