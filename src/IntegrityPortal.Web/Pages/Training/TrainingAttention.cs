using System.Security.Claims;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.PolicyLibrary;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.TrainingRegister;

/// <summary>Courses the user must take that are overdue or never taken, on their home page until they are trained.</summary>
public sealed class TrainingAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (PolicyPages.PersonId(user) is not { } me || await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == me, ct) is not { } person)
        {
            return [];
        }

        var courses = await TrainingFigures.ForPersonAsync(db, person, db.Clock.Today(), ct);
        var needed = courses.Count(c => c.Standing is TrainingStanding.Overdue or TrainingStanding.NeverTrained);
        return needed == 0 ? [] : [new AttentionItem(needed == 1 ? "Integrity course you have not taken or that is overdue" : "Integrity courses you have not taken or that are overdue", "/Training", needed)];
    }
}
