using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Policies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Pages.PolicyLibrary;

/// <summary>One policy and every version of it: old versions stay readable. Drafts are shown only to those who keep the policy.</summary>
public class ViewModel(IntegrityDbContext db) : PageModel
{
    public Policy Policy { get; private set; } = null!;
    public IReadOnlyList<PolicyVersion> Versions { get; private set; } = [];
    public bool Keeps { get; private set; }

    /// <summary>Policy owners see who has confirmed: a partner force's owners their own force's people, on a policy they do not keep.</summary>
    public bool SeesCompliance => PolicyPages.IsOwner(User);
    public IReadOnlyDictionary<int, string> Owners { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Force).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null)
        {
            return NotFound();
        }

        Policy = policy;
        Keeps = await PolicyOwnership.ForcesIfKeptAsync(db, id, ct) is not null;
        Versions = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.PolicyId == id && (Keeps || v.Status == PolicyVersionStatus.Published))
            .OrderByDescending(v => v.Number).ToListAsync(ct);
        Owners = await PolicyPages.OwnerNamesAsync(db, Versions.Select(v => v.OwnerId), ct);
        return Page();
    }
}
