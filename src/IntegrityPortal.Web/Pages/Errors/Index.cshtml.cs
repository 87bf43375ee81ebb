using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrityPortal.Web.Pages.Errors;

/// <summary>
/// Friendly pages for 403, 404, 500 and any other status. The status code middleware and the
/// exception handler re-execute the request here, keeping the original method; the page has
/// no form and changes nothing, so a re-executed POST must not be refused for its token.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class IndexModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>For 429: how long to wait, from the Retry-After header the rate limiter set.</summary>
    public string RetryAfterText =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), out var seconds) && seconds > 60
            ? $"{(seconds + 59) / 60} minutes"
            : "a minute";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // An address like /Errors/1 names no error: it is a page that does not exist.
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
