using System.Globalization;
using System.Security.Claims;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Organisations;

/// <summary>
/// The search behind the organisation and outlet pickers, over the user's own force's list only.
/// <c>?handler=Json&amp;q=acme</c> answers the autocomplete with at most 10 matches; without
/// JavaScript the same search is this page, a GET form listing the matches.
/// </summary>
public class SearchModel(IntegrityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>"outlet" when the page searches for a media outlet; the words differ, the list is the same.</summary>
    [BindProperty(SupportsGet = true, Name = "for")]
    public string? For { get; set; }

    public IReadOnlyList<(int Id, string Name)> Matches { get; private set; } = [];

    public bool IsOutlet => For == "outlet";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (HomeForce() is not { } forceId)
        {
            return NotFound();
        }

        Matches = await OrganisationDirectory.SearchAsync(db, forceId, Query, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        if (HomeForce() is not { } forceId)
        {
            return NotFound();
        }

        var matches = await OrganisationDirectory.SearchAsync(db, forceId, Query, ct);
        return new JsonResult(matches.Select(m => new { id = m.Id, name = m.Name }));
    }

    private int? HomeForce() =>
        int.TryParse(User.FindFirstValue(PortalClaims.HomeForceId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
