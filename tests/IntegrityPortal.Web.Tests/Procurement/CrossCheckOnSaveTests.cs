using System.Net;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.BusinessInterests;
using IntegrityPortal.Web.Tests.Gifts;

namespace IntegrityPortal.Web.Tests.Procurement;

/// <summary>The cross-check of one outside party after a declaration or application is sent (decision 0069).</summary>
public class CrossCheckOnSaveTests
{
    private static Dictionary<string, string> Supplier(string reference, string name) => new()
    {
        ["Input.NewOrganisationName"] = name, ["Input.SupplierReference"] = reference,
        ["Input.RegisteredAddress"] = "1 High Street", ["Input.Postcode"] = "CA1 1AA", ["Input.Status"] = "Active",
    };

    [Fact]
    public async Task OfferFromASuppliersOrganisation_RaisesAMatchStraightAway_AndNotAMatchIsNotRaisedAgainOnAmendment()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        Assert.Equal(HttpStatusCode.Redirect, (await procurement.PostFormAsync("/Procurement/Suppliers/Add", Supplier("SUP-1", "Quillfeather Stationers Ltd"))).StatusCode);
        var before = await ProcurementData.MatchesAsync(factory);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        // The declarant types the organisation afresh, spelt without "Ltd": a second record of the same party.
        var giftId = await GiftForms.DeclareAsync(officer, "NewOrganisationName=QUILLFEATHER STATIONERS");

        var raised = (await ProcurementData.MatchesAsync(factory)).Where(m => before.All(b => b.Id != m.Id)).ToList();
        var offer = Assert.Single(raised, m => m.Kind == MatchKind.OfferFromSupplier);
        Assert.Equal((MatchRecordKind.GiftDeclaration, giftId, MatchRecordKind.Supplier), (offer.LeftKind, offer.LeftId, offer.RightKind));
        Assert.Contains("SUP-1", offer.Reason);
        Assert.Single(raised, m => m.Kind == MatchKind.DuplicateOrganisation);

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var settled = await psd.PostFormAsync($"/Procurement/Matches/View/{offer.Id}", new() { ["Input.Outcome"] = "NotAMatch", ["Input.Version"] = offer.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        var amended = await GiftForms.AmendAsync(officer, giftId, "NewOrganisationName=", $"OrganisationId={offer.LeftOrganisationId}", "AmendmentReason=The value was wrong", "Value=30.00");
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);

        var after = await ProcurementData.MatchesAsync(factory);
        var same = Assert.Single(after, m => m.Kind == MatchKind.OfferFromSupplier && m.LeftId == giftId);
        Assert.Equal(MatchStatus.NotAMatch, same.Status);
        Assert.Equal(raised.Count, after.Count - before.Count);
    }

    [Fact]
    public async Task SubmittedBusinessInterestInASupplier_RaisesAMatchStraightAway()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        await procurement.PostFormAsync("/Procurement/Suppliers/Add", Supplier("SUP-7", "Harbourside Fitness Ltd"));
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var id = await InterestData.SubmitAsync(officer, "OrganisationName=Harbourside Fitness Limited");

        var match = Assert.Single(await ProcurementData.MatchesAsync(factory), m => m.Kind == MatchKind.InterestInSupplier && m.LeftId == id);
        Assert.Equal(MatchRecordKind.Supplier, match.RightKind);
        Assert.Equal(MatchStatus.New, match.Status);
    }

    [Fact]
    public async Task OfferFromAnOrganisationNoRegisterHolds_RaisesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var before = (await ProcurementData.MatchesAsync(factory)).Count;
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        await GiftForms.DeclareAsync(officer, "NewOrganisationName=Zephyrine Kite Makers");

        Assert.Equal(before, (await ProcurementData.MatchesAsync(factory)).Count);
    }
}
