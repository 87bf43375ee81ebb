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
            // A person owns a few actions at most: each is listed, due or overdue, so they can report progress before it is late.
            var mine = await db.AssessmentActions.Where(a => a.OwnerId == me && a.Status != ActionStatus.Completed)
                .OrderBy(a => a.DueOn).Select(a => new { a.Id, a.DueOn }).ToListAsync(ct);
            items.AddRange(mine.Select(a => new AttentionItem(
                a.DueOn < today ? $"Self-assessment action overdue since {UkFormat.Date(a.DueOn)}" : $"Self-assessment action due by {UkFormat.Date(a.DueOn)}",
                $"/SelfAssessment/Action/{a.Id}", 1)));
        }

        if (user.IsInRole(Roles.HeadOfPsd))
        {
            var overdue = await db.AssessmentActions.CountAsync(a => a.Status != ActionStatus.Completed && a.DueOn < today, ct);
            if (overdue > 0)
            {
                items.Add(new AttentionItem(overdue == 1 ? "Self-assessment action overdue" : "Self-assessment actions overdue", "/SelfAssessment", overdue));
            }
        }

        return items;
    }
}
