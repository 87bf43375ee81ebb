using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

public class ProcurementMatchesTests
{
    [Fact]
    public async Task Queue_ListsHighestPriorityFirst_EveryViewIsAudited_AndAnotherForcesMatchIsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        int otherForceMatch, cumbriaMatch;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            otherForceMatch = await db.ProcurementMatches.Where(m => m.ForceId != cumbria).Select(m => m.Id).FirstAsync();
            cumbriaMatch = await db.ProcurementMatches.Where(m => m.ForceId == cumbria).OrderByDescending(m => m.Priority).Select(m => m.Id).FirstAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var queue = await psd.GetPageAsync("/Procurement/Matches");
        var view = await psd.GetPageAsync($"/Procurement/Matches/View/{cumbriaMatch}");
        var other = await psd.GetAsync($"/Procurement/Matches/View/{otherForceMatch}");
        var otherPost = await psd.PostFormAsync($"/Procurement/Matches/View/{cumbriaMatch}", new() { ["Input.Outcome"] = "NotAMatch", ["Input.Version"] = "0" },
            $"/Procurement/Matches/View/{otherForceMatch}");

        var priorities = queue.QuerySelectorAll("#matches tbody tr td:nth-child(2)").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(priorities);
        Assert.Equal(priorities.OrderBy(p => p == "High" ? 0 : 1).ToList(), priorities);
        Assert.Contains("High", priorities);
        Assert.NotNull(view.QuerySelector("#left dl"));
        Assert.NotNull(view.QuerySelector("#right dl"));
        Assert.False(string.IsNullOrWhiteSpace(view.QuerySelector("#reason")!.TextContent));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPost.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(ProcurementMatch) && e.Action == AuditAction.Read && e.EntityId == cumbriaMatch.ToString() && e.UserName == "psd.cumbria"));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(ProcurementMatch) && e.Action == AuditAction.Read && e.EntityId == "(search)"));
        Assert.Equal(MatchStatus.New, (await check.ProcurementMatches.SingleAsync(m => m.Id == otherForceMatch)).Status);
    }

    [Fact]
    public async Task NotAMatch_IsNeverRaisedAgain_AndBadOutcomesAreAnsweredBesideTheField()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await ProcurementData.OfferAsync(factory, "officer.cumbria", "Quillfeather Stationers Ltd");
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        Dictionary<string, string> Supplier(string reference, string name) => new()
        {
            ["Input.NewOrganisationName"] = name, ["Input.SupplierReference"] = reference,
            ["Input.RegisteredAddress"] = "1 High Street", ["Input.Postcode"] = "CA1 1AA", ["Input.Status"] = "Active",
        };
        await procurement.PostFormAsync("/Procurement/Suppliers/Add", Supplier("SUP-1", "QUILLFEATHER STATIONERS LIMITED"));
        var match = Assert.Single(await ProcurementData.MatchesAsync(factory), m => m.Kind == MatchKind.OfferFromSupplier);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Procurement/Matches/View/{match.Id}";

        var noOutcome = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.Version"] = match.Version.ToString() }));
        var noNote = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.Outcome"] = "NoConcern", ["Input.Version"] = match.Version.ToString() }));
        var noCase = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.Outcome"] = "Referred", ["Input.Referral"] = "LinkCase", ["Input.CaseReference"] = "INV-1999-0001", ["Input.Version"] = match.Version.ToString() }));
        var noChoice = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.Outcome"] = "Referred", ["Input.Note"] = "Kept as typed", ["Input.Version"] = match.Version.ToString() }));
        var tampered = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Input.Outcome"] = "New", ["Input.Version"] = match.Version.ToString() }));
        Assert.Equal(MatchStatus.New, (await ProcurementData.MatchesAsync(factory)).Single(m => m.Id == match.Id).Status);
        var settled = await psd.PostFormAsync(url, new() { ["Input.Outcome"] = "NotAMatch", ["Input.Version"] = match.Version.ToString() });
        // Procurement adds more records; the cross-check runs again over the whole force.
        await procurement.PostFormAsync("/Procurement/Suppliers/Add", Supplier("SUP-2", "Albion Cleaning Ltd"));

        Assert.Equal("Select the outcome of your review", noOutcome.FieldError("Input_Outcome"));
        Assert.Equal("Enter a note saying why there is no concern, or what advice was given", noNote.FieldError("Input_Note"));
        Assert.Equal("No investigation of the match's force has this reference", noCase.FieldError("Input_CaseReference"));
        Assert.Equal("Select whether to open a new case or link an existing case", noChoice.FieldError("Input_Referral"));
        Assert.Equal("Kept as typed", noChoice.QuerySelector("#Input_Note")!.TextContent.Trim());
        Assert.Equal("Select the outcome of your review", tampered.FieldError("Input_Outcome"));
        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        var after = await ProcurementData.MatchesAsync(factory);
        var same = Assert.Single(after, m => m.LeftKind == match.LeftKind && m.LeftId == match.LeftId && m.RightKind == match.RightKind && m.RightId == match.RightId);
        Assert.Equal(MatchStatus.NotAMatch, same.Status);
        Assert.Equal("psd.cumbria", same.SettledBy);
        var queue = await psd.GetPageAsync("/Procurement/Matches");
        Assert.DoesNotContain(queue.QuerySelectorAll("#matches tbody tr"), r => r.GetAttribute("data-id") == match.Id.ToString());
    }

    [Fact]
    public async Task Referral_LinksTheCase_AndTheCaseListsTheProcurementMatch()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        int matchId, version, caseId;
        string reference;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var match = await db.ProcurementMatches.Where(m => m.ForceId == cumbria && m.Status == MatchStatus.New).OrderBy(m => m.Id).FirstAsync();
            (matchId, version) = (match.Id, match.Version);
            var open = await db.Investigations.Where(i => i.ForceId == cumbria && i.Status != InvestigationStatus.Closed).OrderBy(i => i.Id).FirstAsync();
            (caseId, reference) = (open.Id, open.Reference);
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var referred = await psd.PostFormAsync($"/Procurement/Matches/View/{matchId}", new()
            { ["Input.Outcome"] = "Referred", ["Input.Referral"] = "LinkCase", ["Input.CaseReference"] = reference.ToLowerInvariant(), ["Input.Version"] = version.ToString() });
        var view = await psd.GetPageAsync($"/Procurement/Matches/View/{matchId}");

        Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        Assert.Equal("Referred to an investigation", view.QuerySelector("#status")!.TextContent.Trim());
        Assert.Equal(reference, view.QuerySelector("#case")!.TextContent.Trim());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var link = await check.InvestigationLinks.SingleAsync(l => l.InvestigationId == caseId && l.Kind == LinkedRecordKind.ProcurementMatch);
        Assert.Equal(matchId, link.RecordId);
        Assert.Equal(caseId, (await check.ProcurementMatches.SingleAsync(m => m.Id == matchId)).InvestigationId);
    }

    [Fact]
    public async Task Referral_ToANewCase_OpensItAboutTheDeclarant_LinksTheMatch_AndASecondPostOpensNoOther()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (offerId, _, _) = await ProcurementData.OfferAsync(factory, "officer.cumbria", "Quillfeather Stationers Ltd");
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        await procurement.PostFormAsync("/Procurement/Suppliers/Add", new()
        {
            ["Input.NewOrganisationName"] = "QUILLFEATHER STATIONERS LIMITED", ["Input.SupplierReference"] = "SUP-1",
            ["Input.RegisteredAddress"] = "1 High Street", ["Input.Postcode"] = "CA1 1AA", ["Input.Status"] = "Active",
        });
        var match = Assert.Single(await ProcurementData.MatchesAsync(factory), m => m.Kind == MatchKind.OfferFromSupplier);
        var casesBefore = await CasesAsync(factory);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Procurement/Matches/View/{match.Id}";
        var fields = new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Referred", ["Input.Referral"] = "OpenCase", ["Input.Note"] = "Sat on the panel", ["Input.Version"] = match.Version.ToString(),
        };

        var referred = await psd.PostFormAsync(url, fields);
        var again = await psd.PostFormAsync(url, fields);
        var view = await psd.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Referred to an investigation", view.QuerySelector("#status")!.TextContent.Trim());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var opened = Assert.Single(await check.Investigations.Include(i => i.People).Include(i => i.Links).Where(i => !casesBefore.Contains(i.Id)).ToListAsync());
        Assert.Equal(opened.Reference, view.QuerySelector("#case")!.TextContent.Trim());
        Assert.Equal((InvestigationCategory.Procurement, InvestigationOrigin.InternalReferral), (opened.Category, opened.Origin));
        Assert.Contains("Sat on the panel", opened.Summary);
        var declarant = await check.GiftDeclarations.Where(g => g.Id == offerId).Select(g => g.DeclarantId).SingleAsync();
        Assert.Equal(declarant, Assert.Single(opened.People).PersonId);
        Assert.Equal(match.Id, Assert.Single(opened.Links, l => l.Kind == LinkedRecordKind.ProcurementMatch).RecordId);
        Assert.Equal(opened.Id, (await check.ProcurementMatches.SingleAsync(m => m.Id == match.Id)).InvestigationId);
    }

    private static async Task<List<int>> CasesAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.Investigations.Select(i => i.Id).ToListAsync();
    }
}
