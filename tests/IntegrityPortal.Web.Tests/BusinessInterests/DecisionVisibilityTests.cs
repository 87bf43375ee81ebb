using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Web.Pages.BusinessInterests.Decisions;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.BusinessInterests;

/// <summary>
/// The decision pages show an application only while it is the user's work, or read-only where
/// the force gives the decision roles that view; such a view is audited as one.
/// </summary>
public class DecisionVisibilityTests
{
    private static async Task PostAsync(PortalClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}: {(await PortalClient.ParseAsync(response)).ErrorSummary().FirstOrDefault()}");
    }

    /// <summary>Thames Valley: no line-manager step; the head of PSD decides and the DCC hears appeals.</summary>
    private static async Task<int> AwaitingDecisionAsync(PortalFactory factory)
    {
        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.thames-valley"));
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        return id;
    }

    private static async Task<bool> ReadAuditedAsync(PortalFactory factory, string userName, int id)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.AuditEvents.AnyAsync(e => e.UserName == userName && e.Action == AuditAction.Read && e.EntityType == nameof(BusinessInterest) && e.EntityId == id.ToString());
    }

    [Fact]
    public async Task DccWhoOnlyHearsAppeals_SeesAnApplicationOnlyOnceItIsAppealed()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await AwaitingDecisionAsync(factory);
        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");

        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync($"/BusinessInterests/Decisions/Decide/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync($"/BusinessInterests/Decisions/Appeal/{id}")).StatusCode);
        Assert.False(await ReadAuditedAsync(factory, "dcc.thames-valley", id));
        Assert.NotNull((await head.GetPageAsync($"/BusinessInterests/Decisions/Decide/{id}")).QuerySelector("form"));
        // Not the head of PSD's work on the appeal page: the DCC hears appeals here.
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/BusinessInterests/Decisions/Appeal/{id}")).StatusCode);

        await PostAsync(head, $"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = "Too many hours", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/BusinessInterests/Decisions/Decide/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync($"/BusinessInterests/Decisions/Appeal/{id}")).StatusCode);

        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        await PostAsync(officer, $"/BusinessInterests/Applications/View/{id}?handler=Appeal", new() { ["Input.Text"] = "I will cut the hours", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var appeal = await dcc.GetPageAsync($"/BusinessInterests/Decisions/Appeal/{id}");
        Assert.NotNull(appeal.QuerySelector("form[method=post]:not(.app-header__sign-out-form)"));
        Assert.Null(appeal.QuerySelector("#read-only"));
        Assert.True(await ReadAuditedAsync(factory, "dcc.thames-valley", id));
    }

    [Fact]
    public async Task WhereTheForceGivesAReadOnlyView_TheDccReadsWithoutAFormAndTheViewIsAudited()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var thamesValley = await factory.ForceIdAsync("thames-valley");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            (await db.ForceSettings.SingleAsync(s => s.ForceId == thamesValley)).BusinessInterestDecisionReadOnlyView = true;
            await db.SaveChangesAsync();
        }

        var id = await AwaitingDecisionAsync(factory);
        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");

        var page = await dcc.GetPageAsync($"/BusinessInterests/Decisions/Decide/{id}");
        var post = await dcc.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        Assert.NotNull(page.QuerySelector("#read-only"));
        Assert.Null(page.QuerySelector("#Input_Outcome"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        // One read event per view: the page, and the page again as the post fetched its form.
        var reads = await check.AuditEvents.Where(e => e.UserName == "dcc.thames-valley" && e.Action == AuditAction.Read && e.EntityId == id.ToString()).ToListAsync();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, read => Assert.Equal((DecisionPages.ReadOnlyJustification, (int?)thamesValley), (read.Justification, read.RecordForceId)));
        Assert.Equal(InterestStatus.AwaitingDecision, (await check.BusinessInterests.SingleAsync(b => b.Id == id)).Status);
        // Another force's DCC, even with the view given in Thames Valley, finds nothing.
        var other = await PortalClient.SignInAsync(factory, "dcc.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/BusinessInterests/Decisions/Decide/{id}")).StatusCode);
    }

    [Fact]
    public async Task HeadOfPsdWhoAssessed_IsWarnedAndCannotDecide()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var id = await InterestData.SubmitAsync(await PortalClient.SignInAsync(factory, "officer.thames-valley"));
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        await PostAsync(head, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        var page = await head.GetPageAsync($"/BusinessInterests/Decisions/Decide/{id}");
        var response = await head.PostFormAsync($"/BusinessInterests/Decisions/Decide/{id}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });

        Assert.NotNull(page.QuerySelector("#assessed-by-you"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BusinessInterestWorkflow.AssessedIt, (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(InterestStatus.AwaitingDecision, (await InterestData.LoadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task ReadOnlyViewSetting_IsSavedFromTheForceSettingsPage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var cumbria = await factory.ForceIdAsync("cumbria");
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var fields = new Dictionary<string, string>
        {
            ["Input.ProfessionalStandardsName"] = "PSD", ["Input.GiftRecordingThreshold"] = "0", ["Input.GiftApprovalThreshold"] = "50",
            ["Input.GiftDeclarationDeadlineDays"] = "28", ["Input.GiftAnnualValueFlag"] = "250", ["Input.InterestLineManagerStep"] = "true",
            ["Input.InterestDecisionMakerRole"] = "head-of-psd", ["Input.InterestAppellateRole"] = "dcc", ["Input.InterestAppealDays"] = "28", ["Input.InterestReviewMonths"] = "12",
            ["Input.InterestDecisionReadOnlyView"] = "true", ["Input.Version"] = "0",
        };
        Assert.NotNull((await admin.GetPageAsync($"/Admin/Forces/Settings/{cumbria}")).QuerySelector("#Input_InterestDecisionReadOnlyView"));

        var response = await admin.PostFormAsync($"/Admin/Forces/Settings/{cumbria}", fields);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", (await PortalClient.ParseAsync(response)).ErrorSummary()));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True((await db.ForceSettings.SingleAsync(s => s.ForceId == cumbria)).BusinessInterestDecisionReadOnlyView);
    }
}
