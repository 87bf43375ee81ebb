using System.Globalization;
using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Testing;

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

    /// <summary>Declares through the page; returns the new declaration's id.</summary>
    public static async Task<int> DeclareAsync(PortalClient client, params string[] changes)
    {
        var response = await client.PostFormAsync("/Gifts/Declarations/Declare", Valid(changes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Gifts/Declarations/View/", location);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }
}
