using System.Net;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>On the approval page a line manager sees the person's earlier offers from the same organisation and the force's policy.</summary>
public class ApprovalContextTests
{
    [Fact]
    public async Task ApprovalPage_ShowsEarlierOffersFromTheOrganisation_AndThePolicyOnceTheForceGivesIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var first = await GiftForms.DeclareAsync(officer, "NewOrganisationName=Lakeland Events Ltd", "Description=Tickets to a charity ball", "Value=120");
        int organisationId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            organisationId = await db.GiftDeclarations.Where(d => d.Id == first).Select(d => d.OrganisationId).SingleAsync();
        }

        var second = await GiftForms.DeclareAsync(officer, "NewOrganisationName=", $"OrganisationId={organisationId}",
            "Outcome=Accepted", "Disposal=KeptPersonally", "Value=75", "Description=Dinner at an industry awards evening");
        var unrelated = await GiftForms.DeclareAsync(officer, "NewOrganisationName=Another Firm Ltd", "Value=10");

        var manager = await PortalClient.SignInAsync(factory, "manager.cumbria");
        var page = await manager.GetPageAsync($"/Gifts/Team/Decide/{second}");
        var earlier = page.QuerySelector("#earlier")!.TextContent;
        Assert.Contains("Tickets to a charity ball", earlier);
        Assert.Contains("£120.00", earlier);
        Assert.DoesNotContain("Another Firm", earlier);
        Assert.Single(page.QuerySelectorAll("#earlier tbody tr"));
        Assert.Null(page.QuerySelector("#policy"));
        Assert.NotEqual(0, unrelated);

        var cumbria = await factory.ForceIdAsync("cumbria");
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var bad = await PortalClient.ParseAsync(await admin.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new() { ["Input.ProfessionalStandardsName"] = "Professional Standards Department", ["Input.Version"] = "0", ["Input.GiftPolicyUrl"] = "javascript:alert(1)" }));
        Assert.Equal("Enter the policy's address starting https://, in 500 characters or fewer, or leave it empty", bad.FieldError("Input_GiftPolicyUrl"));
        var saved = await admin.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", new()
        {
            ["Input.ProfessionalStandardsName"] = "Professional Standards Department", ["Input.Version"] = "0",
            ["Input.GiftPolicyUrl"] = "https://intranet.cumbria.police.uk/policies/gifts",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var withPolicy = await manager.GetPageAsync($"/Gifts/Team/Decide/{second}");
        Assert.Equal("https://intranet.cumbria.police.uk/policies/gifts", withPolicy.QuerySelector("#policy a")!.GetAttribute("href"));
    }
}
