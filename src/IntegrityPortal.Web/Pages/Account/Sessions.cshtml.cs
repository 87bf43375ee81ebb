using System.Security.Claims;
using IntegrityPortal.Core.Identity;
using IntegrityPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Account;

/// <summary>
/// The user's own signed-in sessions (started, last seen, browser), and a way to end the others,
/// for example after using a shared computer. Only the user's own sessions are listed or ended:
/// another user's session id is answered as not found.
/// </summary>
public class SessionsModel(SessionStore sessions) : PageModel
{
    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<UserSession> Open { get; private set; } = [];
    public string? CurrentKey { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        CurrentKey = HttpContext.CurrentKey();
        Open = await sessions.OpenSessionsAsync(UserId, ct);
    }

    /// <summary>Ends one other session.</summary>
    public async Task<IActionResult> OnPostEndAsync(long id)
    {
        var current = HttpContext.CurrentKey();
        var mine = await sessions.OpenSessionsAsync(UserId, HttpContext.RequestAborted);
        if (mine.SingleOrDefault(s => s.Id == id) is not { } session || session.Key == current)
        {
            return NotFound();
        }

        await sessions.EndOneAsync(UserId, id, SessionStore.EndedByUser);
        Confirmation = $"The session in {session.Browser} has been signed out";
        return RedirectToPage();
    }

    /// <summary>Ends every session but this one.</summary>
    public async Task<IActionResult> OnPostEndOthersAsync()
    {
        var ended = await sessions.EndAllAsync(UserId, HttpContext.CurrentKey(), SessionStore.EndedByUser);
        Confirmation = ended == 1 ? "1 other session has been signed out" : $"{ended} other sessions have been signed out";
        return RedirectToPage();
    }
}
