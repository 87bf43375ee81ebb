using System.Net;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>An acceptance that needs approval gets two approvals from two people.</summary>
public class TwoApproversTests
{
    [Fact]
    public async Task HeadOfPsdWhoApprovedAsLineManager_CannotGiveThePsdApproval()
    {
        // The head of PSD line-manages PSD's sergeant.
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var sergeant = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var id = await DeclareAsync(sergeant, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=120");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var asManager = await head.PostFormAsync($"/Gifts/Team/Decide/{id}", new() { ["Input.Decision"] = "approve", ["Input.Note"] = "Fine", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, asManager.StatusCode);
        int version;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            version = (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).Version;
        }

        var url = $"/Gifts/Register/View/{id}";
        var asPsd = await head.PostFormAsync(url, new() { ["Approval.Decision"] = "approve", ["Approval.Version"] = version.ToString() }, $"{url}?handler=Approve");

        Assert.Equal(HttpStatusCode.OK, asPsd.StatusCode);
        Assert.Contains(GiftWorkflow.ApprovedAsLineManager, (await PortalClient.ParseAsync(asPsd)).ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var saved = await check.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal(ApprovalStatus.AwaitingPsd, saved.ApprovalStatus);
        Assert.Null(saved.PsdApprovalDecidedBy);
    }
}
