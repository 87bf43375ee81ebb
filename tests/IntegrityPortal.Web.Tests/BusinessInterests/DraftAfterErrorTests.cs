using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// "Save as draft" saves a draft whatever the previous post was. After a refused "Save and
/// submit", the page is served at the submit handler's address, so a button that posts to the
/// page's own address would submit.
/// </summary>
public class DraftAfterErrorTests
{
    [Fact]
    public async Task SaveAsDraft_AfterARefusedSubmit_SavesADraft_AndSubmitsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        const string submitUrl = "/BusinessInterests/Applications/Edit?handler=Submit";

        var refused = await officer.PostFormAsync("/BusinessInterests/Applications/Edit", InterestData.Form("Work="), submitUrl);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.NotEmpty(page.ErrorSummary());

        // Where the browser sends "Save as draft" from this page: the button's formaction, or else the page's own address.
        var draftButton = page.QuerySelectorAll("form button").Single(b => b.TextContent.Trim() == "Save as draft");
        var form = draftButton.Closest("form")!;
        var target = draftButton.GetAttribute("formaction") ?? form.GetAttribute("action") ?? submitUrl;
        var fields = InterestData.Form();
        fields["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var saved = await officer.Http.PostAsync(target, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var applicantId = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.PersonId).SingleAsync();
        var application = await db.BusinessInterests.Where(b => b.ApplicantId == applicantId).OrderByDescending(b => b.Id).FirstAsync();
        Assert.Equal(InterestStatus.Draft, application.Status);
    }
}
