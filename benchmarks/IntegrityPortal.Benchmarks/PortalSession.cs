using System.Net;
using System.Text.RegularExpressions;

namespace IntegrityPortal.Benchmarks;

/// <summary>
/// One signed-in user of the running portal over HTTP: a cookie jar, the antiforgery token of
/// the last form read, redirects not followed (so each request is one page). HttpClient is
/// safe to share between the concurrent loops of a load run.
/// </summary>
public sealed partial class PortalSession : IDisposable
{
    private readonly HttpClient http;

    private PortalSession(string baseUrl, int connections)
    {
        http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
        })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(120),
        };
    }

    public HttpClient Http => http;

    /// <summary>Signs in with the password (national accounts need the benchmark's setting that turns two-factor off).</summary>
    public static async Task<PortalSession> SignInAsync(string baseUrl, string userName, string password, int connections = 32)
    {
        var session = new PortalSession(baseUrl, connections);
        var token = await session.TokenAsync("/Account/SignIn");
        var response = await session.http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("TwoFactor", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Signing in as {userName} gave {(int)response.StatusCode} {response.Headers.Location}");
        }

        return session;
    }

    /// <summary>The antiforgery token of the form on a page.</summary>
    public async Task<string> TokenAsync(string url)
    {
        var html = await http.GetStringAsync(url);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value)
            : throw new InvalidOperationException($"No antiforgery token on {url}");
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*?value=""(?<a>[^""]+)""|value=""(?<b>[^""]+)""[^>]*?name=""__RequestVerificationToken""")]
    private static partial Regex TokenPattern();

    public void Dispose() => http.Dispose();
}
