using System.Globalization;
using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Gifts.Declarations;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>The declaration form as a browser would post it, and helpers around it.</summary>
public static class GiftForms
{
    public static DateOnly Today => TimeProvider.System.Today();

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid declined offer, with a new organisation; <paramref name="changes"/> are "Field=value" pairs.</summary>
    public static Dictionary<string, string> Valid(params string[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.OfferedOn"] = IsoDate(Today.AddDays(-2)),
            ["Input.OfferorName"] = "Alex Smith",
            ["Input.OrganisationId"] = "",
            ["Input.NewOrganisationName"] = "Acme Catering Ltd",
            ["Input.NewOrganisationCompanyNumber"] = "",
            ["Input.Relationship"] = "Business",
            ["Input.OfferType"] = "Gift",
            ["Input.Description"] = "A bottle of wine",
            ["Input.Value"] = "25.00",
            ["Input.Outcome"] = "Declined",
            ["Input.Reason"] = "It would not be appropriate to accept",
            ["Input.Disposal"] = "",
            ["Input.IsCashOrEquivalent"] = "false",
            ["Input.InvolvedInPurchasing"] = "false",
        };
        foreach (var change in changes)
        {
            var at = change.IndexOf('=');
            form["Input." + change[..at]] = change[(at + 1)..];
        }

        return form;
    }

    /// <summary>
    /// Answers the question pages in turn with the form's fields (each page takes its own);
    /// returns the first answer that is not the way on to the next page: a page of errors (200),
    /// or the redirect to Check your answers.
    /// </summary>
    public static async Task<HttpResponseMessage> AnswerAsync(PortalClient client, Dictionary<string, string> form)
    {
        var url = "/Gifts/Declarations/Declare";
        HttpResponseMessage response = null!;
        foreach (var page in GiftQuestions.Pages)
        {
            response = await client.PostFormAsync(url, form.Where(f => page.Asks(f.Key)).ToDictionary());
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                return response;
            }

            url = response.Headers.Location!.OriginalString;
            if (!url.StartsWith("/Gifts/Declarations/Declare/", StringComparison.Ordinal))
            {
                return response;
            }
        }

        return response;
    }

    /// <summary>Answers the question pages; returns the address of Check your answers.</summary>
    public static async Task<string> CheckUrlAsync(PortalClient client, params string[] changes)
    {
        var response = await AnswerAsync(client, Valid(changes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Gifts/Declarations/Check?draft=", location);
        return location;
    }

    /// <summary>Sends the declaration from Check your answers; returns the answer (a redirect to the confirmation).</summary>
    public static Task<HttpResponseMessage> SendAsync(PortalClient client, string checkUrl) =>
        client.PostFormAsync(checkUrl, new());

    /// <summary>The declaration's id in the address of its confirmation page.</summary>
    public static int DeclaredId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Gifts/Declarations/Declared/", location);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Amends through the amendment form and its Check your answers; returns the form's answer
    /// when it refuses the input, otherwise the answer of Check your answers.
    /// </summary>
    public static async Task<HttpResponseMessage> AmendAsync(PortalClient client, int id, params string[] changes)
    {
        var answered = await client.PostFormAsync($"/Gifts/Declarations/Amend/{id}", Valid(changes));
        if (answered.StatusCode != HttpStatusCode.Redirect)
        {
            return answered;
        }

        var check = answered.Headers.Location!.OriginalString;
        Assert.StartsWith("/Gifts/Declarations/AmendCheck?draft=", check);
        return await client.PostFormAsync(check, new());
    }

    /// <summary>Declares through the question pages and Check your answers; returns the new declaration's id.</summary>
    public static async Task<int> DeclareAsync(PortalClient client, params string[] changes) =>
        DeclaredId(await SendAsync(client, await CheckUrlAsync(client, changes)));
}
