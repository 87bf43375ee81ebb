using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Investigations;

/// <summary>A gift review of "referred for investigation" opens a case, or links an open one, in the same step.</summary>
public class GiftReferralTests
{
    private static string Url(int id) => $"/Gifts/Register/View/{id}";

    private static async Task<HttpResponseMessage> ReviewAsync(PortalClient client, int id, Dictionary<string, string> fields)
    {
        var form = await client.GetAsync(Url(id));
        var version = form.IsSuccessStatusCode
            ? (await PortalClient.ParseAsync(form)).QuerySelector("input[name='Review.Version']")!.GetAttribute("value")!
            : "0";
        var body = new Dictionary<string, string>(fields) { ["Review.Version"] = version };
        return await client.PostFormAsync(Url(id), body, $"{Url(id)}?handler=Review");
    }

    private static Dictionary<string, string> Referral(string choice, int? caseId = null, string note = "Supplier hospitality during a tender") => new()
    {
        ["Review.Outcome"] = "ReferredForInvestigation", ["Review.Referral"] = choice, ["Review.CaseId"] = caseId?.ToString() ?? "", ["Review.Note"] = note,
    };

    [Fact]
    public async Task Referral_OpensACaseInTheSameStep_AboutTheDeclarant_LinkedAndAudited()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id, declarantId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var declaration = await GiftData.DeclareAsync(db, "officer.cumbria", "Lakes Catering Ltd", 80_00);
            (id, declarantId) = (declaration.Id, declaration.DeclarantId);
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var response = await ReviewAsync(psd, id, Referral("OpenCase"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var investigation = await check.Investigations.Include(i => i.People).Include(i => i.Links).SingleAsync();
        Assert.Equal(InvestigationCategory.GiftsAndHospitality, investigation.Category);
        Assert.Equal(InvestigationOrigin.InternalReferral, investigation.Origin);
        Assert.Equal(InvestigationStatus.Open, investigation.Status);
        Assert.Contains("Supplier hospitality during a tender", investigation.Summary);
        Assert.Equal(declarantId, Assert.Single(investigation.People).PersonId);
        var link = Assert.Single(investigation.Links);
        Assert.Equal((LinkedRecordKind.GiftDeclaration, id), (link.Kind, link.RecordId));
        Assert.Equal(ReviewStatus.ReferredForInvestigation, (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ReviewStatus);
        foreach (var type in new[] { nameof(Investigation), nameof(InvestigationPerson), nameof(InvestigationLink) })
        {
            Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == type && e.Action == AuditAction.Created && e.UserName == "psd.cumbria"), type);
        }

        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition));

        // A new case is a new record: the review ends on the case's confirmation, which leads back to the declaration.
        Assert.Equal($"/Investigations/Opened/{investigation.Id}", response.Headers.Location!.ToString());
        var opened = await psd.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal(investigation.Reference, opened.QuerySelector("#reference")!.TextContent.Trim());
        Assert.Contains($"Declaration GH-{id:D6} is reviewed as referred for investigation", opened.QuerySelector("#referred")!.TextContent);
        Assert.Null(opened.QuerySelector("main form[method='post']"));
        var page = await psd.GetPageAsync(opened.QuerySelector("#back-to-declaration")!.GetAttribute("href")!);
        var caseLink = page.QuerySelector("#review-cases a")!;
        Assert.Equal(investigation.Reference, caseLink.TextContent.Trim());
        Assert.Equal($"/Investigations/View/{investigation.Id}", caseLink.GetAttribute("href"));
        var casePage = await psd.GetPageAsync(caseLink.GetAttribute("href")!);
        Assert.Contains($"GH-{id:D6}", casePage.QuerySelector("#links")!.TextContent);
    }

    [Fact]
    public async Task Referral_LinksAnOpenCaseOfTheForce_WithoutOpeningAnother()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id, caseId, closedId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Lakes Catering Ltd", 80_00)).Id;
            caseId = (await CaseData.OpenAsync(db, "cumbria", InvestigationCategory.Procurement, summary: "Tender irregularities")).Id;
            var closed = await CaseData.OpenAsync(db, "cumbria", summary: "An old leak");
            new InvestigationWorkflow(db).Close(closed, closed.OpenedOn, InvestigationOutcome.NoCaseToAnswer, null);
            await db.SaveChangesAsync();
            closedId = closed.Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var form = await psd.GetPageAsync(Url(id));
        var offered = form.QuerySelectorAll("#Review_CaseId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(caseId.ToString(), offered);
        Assert.DoesNotContain(closedId.ToString(), offered);

        var response = await ReviewAsync(psd, id, Referral("LinkCase", caseId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(2, await check.Investigations.CountAsync());
        var link = await check.InvestigationLinks.SingleAsync();
        Assert.Equal((caseId, LinkedRecordKind.GiftDeclaration, id), (link.InvestigationId, link.Kind, link.RecordId));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(InvestigationLink) && e.Action == AuditAction.Created && e.UserName == "psd.cumbria"));
        var page = await psd.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal($"/Investigations/View/{caseId}", page.QuerySelector("#review-cases a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Referral_ToACaseOfAnotherForceOrAClosedCase_OrWithoutACase_IsAnsweredBesideTheField_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id, otherForceCase, closedCase;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.cumbria", "Lakes Catering Ltd", 80_00)).Id;
            otherForceCase = (await CaseData.OpenAsync(db, "thames-valley")).Id;
            var closed = await CaseData.OpenAsync(db, "cumbria");
            new InvestigationWorkflow(db).Close(closed, closed.OpenedOn, InvestigationOutcome.NoCaseToAnswer, null);
            await db.SaveChangesAsync();
            closedCase = closed.Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var otherForce = await PortalClient.ParseAsync(await ReviewAsync(psd, id, Referral("LinkCase", otherForceCase)));
        var closedOne = await PortalClient.ParseAsync(await ReviewAsync(psd, id, Referral("LinkCase", closedCase)));
        var noCase = await PortalClient.ParseAsync(await ReviewAsync(psd, id, Referral("LinkCase")));
        var noChoice = await PortalClient.ParseAsync(await ReviewAsync(psd, id, Referral("")));
        var tampered = await PortalClient.ParseAsync(await ReviewAsync(psd, id, Referral("Elsewhere")));

        Assert.Equal(GiftReferrals.NotAnOpenCase, otherForce.FieldError("Review_CaseId"));
        Assert.Equal(GiftReferrals.NotAnOpenCase, closedOne.FieldError("Review_CaseId"));
        Assert.Contains(GiftReferrals.NotAnOpenCase, otherForce.ErrorSummary());
        Assert.Equal("Choose the case to link the declaration to", noCase.FieldError("Review_CaseId"));
        Assert.Equal("Select whether to open a new case or link an existing case", noChoice.FieldError("Review_Referral"));
        Assert.Equal("Select whether to open a new case or link an existing case", tampered.FieldError("Review_Referral"));
        // What the reviewer chose and typed is kept.
        Assert.Equal("ReferredForInvestigation", otherForce.QuerySelector("input[name='Review.Outcome'][checked]")!.GetAttribute("value"));
        Assert.Equal("LinkCase", otherForce.QuerySelector("input[name='Review.Referral'][checked]")!.GetAttribute("value"));
        Assert.Equal("Supplier hospitality during a tender", otherForce.QuerySelector("#Review_Note")!.TextContent.Trim());

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.InvestigationLinks.ToListAsync());
        Assert.Equal(2, await check.Investigations.CountAsync());
        Assert.Equal(ReviewStatus.AwaitingReview, (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ReviewStatus);
        Assert.False(await check.AuditEvents.AnyAsync(e => e.EntityType == "GiftDeclaration" && e.EntityId == id.ToString() && e.Action == AuditAction.Transition));
    }

    [Fact]
    public async Task AlliancePsd_CannotLinkACaseOfTheOtherAllianceForce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id, merciaCase;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "officer.warwickshire", "Avon Catering Ltd", 80_00)).Id;
            merciaCase = (await CaseData.OpenAsync(db, "west-mercia")).Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        var form = await psd.GetPageAsync(Url(id));
        var refused = await PortalClient.ParseAsync(await ReviewAsync(psd, id, Referral("LinkCase", merciaCase)));

        Assert.DoesNotContain(merciaCase.ToString(), form.QuerySelectorAll("#Review_CaseId option").Select(o => o.GetAttribute("value")));
        Assert.Equal(GiftReferrals.NotAnOpenCase, refused.FieldError("Review_CaseId"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.InvestigationLinks.ToListAsync());
    }

    [Theory]
    [InlineData("officer.cumbria", HttpStatusCode.Forbidden)]
    [InlineData("press-office.cumbria", HttpStatusCode.Forbidden)]
    [InlineData("psd.thames-valley", HttpStatusCode.NotFound)]
    public async Task Referral_ByAWrongRoleOrAnotherForcesPsd_IsRefused_AndOpensNoCase(string userName, HttpStatusCode expected)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        int id;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            id = (await GiftData.DeclareAsync(db, "manager.cumbria", "Lakes Catering Ltd", 80_00)).Id;
        }

        var client = await PortalClient.SignInAsync(factory, userName);
        var response = await ReviewAsync(client, id, Referral("OpenCase"));

        Assert.Equal(expected, response.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await check.Investigations.ToListAsync());
        Assert.Equal(ReviewStatus.AwaitingReview, (await check.GiftDeclarations.SingleAsync(d => d.Id == id)).ReviewStatus);
    }
}
