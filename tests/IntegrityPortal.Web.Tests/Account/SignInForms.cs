using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Account;

/// <summary>Sign-in posts for the tests of this folder.</summary>
internal static class SignInForms
{
    public static Dictionary<string, string> Fields(string userName, string password = DemoDataSeeder.Password) =>
        new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    public static Task<HttpResponseMessage> PostAsync(PortalClient client, string userName, string password = DemoDataSeeder.Password) =>
        client.PostFormAsync("/Account/SignIn", Fields(userName, password));

    /// <summary>The sign-in page's antiforgery token, to post many times without fetching the page each time.</summary>
    public static async Task<string> TokenAsync(PortalClient client) =>
        (await client.GetPageAsync("/Account/SignIn")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public static Task<HttpResponseMessage> PostWithTokenAsync(PortalClient client, string token, string userName, string password) =>
        client.Http.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>(Fields(userName, password)) { ["__RequestVerificationToken"] = token }));
}
