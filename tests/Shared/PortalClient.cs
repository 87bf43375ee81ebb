using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IntegrityPortal.Core.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrityPortal.Testing;

/// <summary>
/// An HTTP client that behaves like a browser user: it keeps cookies, reads pages as HTML
/// and posts forms with the antiforgery token the page gave it. Redirects are not followed,
/// so tests see exactly what the server answered.
/// </summary>
public sealed class PortalClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static PortalClient Anonymous(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));

    /// <summary>Signs in through the sign-in page, as a person would, with the demo password.</summary>
    public static async Task<PortalClient> SignInAsync(WebApplicationFactory<Program> factory, string userName, string password = DemoDataSeeder.Password)
    {
        var client = Anonymous(factory);
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location!.OriginalString.StartsWith("/Account/TwoFactor/Code"))
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed with {(int)response.StatusCode} {response.Headers.Location}.");
        }

        return client;
    }

    /// <summary>
    /// Signs in an account that has an authenticator app: the password, then the app's code for
    /// the current 30-second step of <paramref name="authenticatorKey"/> (Base32).
    /// </summary>
    public static async Task<PortalClient> SignInWithCodeAsync(WebApplicationFactory<Program> factory, string userName, string authenticatorKey,
        string password = DemoDataSeeder.Password)
    {
        var client = Anonymous(factory);
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.StartsWith("/Account/TwoFactor/Code", response.Headers.Location?.OriginalString);
        response = await client.PostFormAsync(response.Headers.Location!.OriginalString, new() { ["Code"] = CurrentCode(authenticatorKey) });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The code for {userName} was refused ({(int)response.StatusCode}).");
        return client;
    }

    /// <summary>What an authenticator app shows now for the key (Base32, spaces allowed).</summary>
    public static string CurrentCode(string authenticatorKey, DateTime? utc = null) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(authenticatorKey.Replace(" ", string.Empty).ToUpperInvariant()))
            .ComputeTotp(utc ?? DateTime.UtcNow);

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>
    /// Every page the navigation offers this user, in order: Home, then the pages of each group
    /// (read from the group's second row of navigation, which is shown on the group's pages).
    /// </summary>
    public async Task<IReadOnlyList<string>> NavigationItemsAsync()
    {
        var home = await GetPageAsync("/");
        var items = new List<string>();
        foreach (var link in home.QuerySelectorAll("#navigation a"))
        {
            var href = link.GetAttribute("href")!;
            if (href == "/")
            {
                items.Add(link.TextContent.Trim());
                continue;
            }

            var groupPage = await GetPageAsync(href);
            items.AddRange(groupPage.QuerySelectorAll(".app-sub-navigation a").Select(a => a.TextContent.Trim()));
        }

        return items;
    }

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/> for its antiforgery token, then posts the fields to
    /// <paramref name="postUrl"/> (the same page by default) as the page's form would.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, Dictionary<string, string> fields, string? postUrl = null)
    {
        var page = await Http.GetAsync(pageUrl);
        var token = (page.IsSuccessStatusCode ? FindToken(await ParseAsync(page)) : null) ?? await TokenFromHomeAsync();
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await Http.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(body));
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/> for its antiforgery token, then posts a file upload form
    /// (multipart) to it, as a browser posts a form with a file input.
    /// </summary>
    public async Task<HttpResponseMessage> PostFileAsync(string pageUrl, string fileField, string fileName, string content, Dictionary<string, string>? fields = null)
    {
        var page = await Http.GetAsync(pageUrl);
        var token = (page.IsSuccessStatusCode ? FindToken(await ParseAsync(page)) : null) ?? await TokenFromHomeAsync();
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? [])
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        body.Add(file, fileField, fileName);
        return await Http.PostAsync(pageUrl, body);
    }

    /// <summary>Posts without fetching a token: to show that a request without one is refused.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, Dictionary<string, string> fields) =>
        Http.PostAsync(url, new FormUrlEncodedContent(fields));

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html));
    }

    private static string? FindToken(IDocument document) =>
        document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    private static string TokenOf(IDocument document) =>
        FindToken(document) ?? throw new InvalidOperationException("The page has no antiforgery token.");

    // A page the user may not open, or one without a form, still needs a token for a post: the home
    // page's sign-out form carries one for a signed-in user, the sign-in page for anyone.
    private async Task<string> TokenFromHomeAsync()
    {
        var home = await Http.GetAsync("/");
        if (home.IsSuccessStatusCode)
        {
            return TokenOf(await ParseAsync(home));
        }

        return TokenOf(await ParseAsync(await Http.GetAsync("/Account/SignIn")));
    }
}

public static class HtmlAssertions
{
    /// <summary>The error message shown beside a field (GOV.UK error message), or null.</summary>
    public static string? FieldError(this IDocument document, string fieldId) =>
        document.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Error:", string.Empty).Trim();

    public static IReadOnlyList<string> ErrorSummary(this IDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The groups of the service navigation (the top row).</summary>
    public static IReadOnlyList<string> NavigationLinks(this IDocument document) =>
        document.QuerySelectorAll("#navigation .govuk-service-navigation__link").Select(a => a.TextContent.Trim()).ToList();
}
