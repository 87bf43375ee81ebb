using IntegrityPortal.Core.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// The one way a page saves an edit of a versioned record: the version the user's form was
/// built from becomes the concurrency token, so if someone else saved in between, the user
/// is told instead of overwriting their change.
/// </summary>
public static class ConcurrencySaving
{
    public const string ChangedBySomeoneElse =
        "This record was changed by someone else while you were editing it. Your changes have not been saved: go back, reload it and make your changes again";

    public static async Task<bool> TrySaveAsync(this IntegrityDbContext db, IVersioned record, int versionInForm, ModelStateDictionary modelState, CancellationToken ct)
    {
        db.Entry(record).Property(nameof(IVersioned.Version)).OriginalValue = versionInForm;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError(string.Empty, ChangedBySomeoneElse);
            return false;
        }
    }
}
