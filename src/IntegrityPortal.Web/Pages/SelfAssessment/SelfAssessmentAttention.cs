using System.Security.Claims;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.PolicyLibrary;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.SelfAssessments;

/// <summary>
/// Overdue self-assessment actions, on the home page: each of the user's own, linked to it; and,
/// for the head of PSD, how many of the force's are overdue.
/// </summary>
public sealed class SelfAssessmentAttention(IntegrityDbContext db) : IAttentionSource
{
    public async Task<IReadOnlyList<AttentionItem>> GetAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var today = db.Clock.Today();
        var items = new List<AttentionItem>();
        if (PolicyPages.PersonId(user) is { } me)
        {
            var mine = await db.AssessmentActions.Where(a => a.OwnerId == me && a.Status != ActionStatus.Completed && a.DueOn < today)
                .OrderBy(a => a.DueOn).Take(10).Select(a => new { a.Id, a.DueOn }).ToListAsync(ct);
            items.AddRange(mine.Select(a => new AttentionItem($"Self-assessment action overdue since {UkFormat.Date(a.DueOn)}", $"/SelfAssessment/Action/{a.Id}", 1)));
        }

        if (user.IsInRole(Roles.HeadOfPsd))
        {
            var overdue = await db.AssessmentActions.CountAsync(a => a.Status != ActionStatus.Completed && a.DueOn < today, ct);
            if (overdue > 0)
            {
                items.Add(new AttentionItem("Self-assessment actions overdue in the forces you serve", "/SelfAssessment", overdue));
            }
        }

        return items;
    }
}
