using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Organisations;
using IntegrityPortal.Core.Procurement;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.BusinessInterests;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Procurement;

/// <summary>The match page's timeline of the outside party, and merging an organisation entered twice.</summary>
public class MergeAndTimelineTests
{
    private static Dictionary<string, string> Supplier(string reference, string name) => new()
    {
        ["Input.NewOrganisationName"] = name, ["Input.SupplierReference"] = reference,
        ["Input.RegisteredAddress"] = "1 High Street", ["Input.Postcode"] = "CA1 1AA", ["Input.Status"] = "Active",
    };

    /// <summary>Procurement's supplier "Harbour Catering Ltd", and an offer and an interest the officer gives as "HARBOUR CATERING": the second record.</summary>
    private static async Task<(ProcurementMatch Duplicate, int GiftId, int InterestId)> TwoSpellingsAsync(PortalFactory factory)
    {
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        Assert.Equal(HttpStatusCode.Redirect, (await procurement.PostFormAsync("/Procurement/Suppliers/Add", Supplier("SUP-1", "Harbour Catering Ltd"))).StatusCode);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var giftId = await GiftForms.DeclareAsync(officer, "NewOrganisationName=HARBOUR CATERING", "OfferType=Hospitality");
        var interestId = await InterestData.SubmitAsync(officer, "OrganisationName=HARBOUR CATERING");
        var duplicate = Assert.Single(await ProcurementData.MatchesAsync(factory), m => m.Kind == MatchKind.DuplicateOrganisation && m.Reason.Contains("HARBOUR CATERING"));
        return (duplicate, giftId, interestId);
    }

    [Fact]
    public async Task EveryForeignKeyToOrganisation_IsMovedByTheMerge()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);

        var references = db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys())
            .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Organisation))
            .Select(fk => (fk.DeclaringEntityType.ClrType.Name, fk.Properties.Single().Name))
            .Order().ToList();

        Assert.NotEmpty(references);
        Assert.Equal(references, OrganisationMerge.Handled.Order().ToList());
    }

    [Fact]
    public async Task Timeline_ShowsEverythingHeldOnBothOrganisations_ByNameAndRank_OnlyOfTheUsersForce()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (duplicate, giftId, interestId) = await TwoSpellingsAsync(factory);
        // The same name in another force: nothing of it shows.
        var (otherGift, _, _) = await ProcurementData.OfferAsync(factory, "officer.thames-valley", "Harbour Catering Ltd");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var page = await psd.GetPageAsync($"/Procurement/Matches/View/{duplicate.Id}");

        var rows = page.QuerySelectorAll("#timeline tbody tr").Select(r => r.TextContent).ToList();
        var offer = Assert.Single(rows, r => r.Contains($"GH-{giftId:D6}"));
        Assert.Contains("Hospitality", offer);
        Assert.Contains("£25.00", offer);
        Assert.Contains("declined", offer);
        Assert.DoesNotContain("officer.cumbria", offer);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var person = await db.Users.Where(u => u.UserName == "officer.cumbria").Select(u => u.Person!).SingleAsync();
            Assert.Contains(person.NameAndRankOrGrade, offer);
        }

        Assert.Single(rows, r => r.Contains($"BI-{interestId:D6}"));
        Assert.Contains(rows, r => r.Contains("Offer from a supplier or bidder") && r.Contains("new"));
        Assert.Contains(rows, r => r.Contains("Business interest in a supplier or bidder"));
        Assert.DoesNotContain(rows, r => r.Contains($"GH-{otherGift:D6}"));
        Assert.DoesNotContain(rows, r => r.Contains(MatchRecordsReference(duplicate.Id)));
        Assert.Contains("SUP-1", page.QuerySelector(".app-timeline-supplier")!.TextContent);
        Assert.Equal($"{rows.Count} records, newest first.", page.QuerySelector("#timeline-count")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#timeline-more"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(ProcurementMatch) && e.Action == AuditAction.Read && e.EntityId == duplicate.Id.ToString()));
    }

    [Fact]
    public async Task Timeline_ShowsTheLatestFifty_AndSaysHowManyMore()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (duplicate, _, _) = await TwoSpellingsAsync(factory);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var person = await db.Users.Where(u => u.UserName == "staff.cumbria").Select(u => u.Person!).SingleAsync();
            for (var i = 0; i < 55; i++)
            {
                await new GiftWorkflow(db).DeclareAsync(person, new GiftDetails
                {
                    OfferedOn = ProcurementData.Today.AddDays(-100 - i), OfferorName = "A. Offeror", OrganisationId = duplicate.LeftId, Relationship = OfferorRelationship.Business,
                    OfferType = OfferType.Gift, Description = "Pen", ValuePence = 500, Outcome = OfferOutcome.Declined, Reason = "Policy",
                    InvolvedInPurchasing = false, IsCashOrEquivalent = false,
                });
            }

            await db.SaveChangesAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var page = await psd.GetPageAsync($"/Procurement/Matches/View/{duplicate.Id}");

        var dates = page.QuerySelectorAll("#timeline tbody tr td:first-child").Select(c => DateOnly.ParseExact(c.TextContent.Trim(), "d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))).ToList();
        Assert.Equal(50, dates.Count);
        Assert.Equal(dates.OrderDescending().ToList(), dates);
        var more = page.QuerySelector("#timeline-more")!.TextContent.Trim();
        Assert.Matches("^And [0-9]+ more\\.$", more);
    }

    [Fact]
    public async Task Merge_ChooseTheName_CheckAnswers_Confirm_MovesEveryReference_AuditsEachRow_AndASecondPostMergesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (duplicate, giftId, interestId) = await TwoSpellingsAsync(factory);
        int keep, other;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            keep = await db.Suppliers.Where(s => s.SupplierReference == "SUP-1").Select(s => s.OrganisationId).SingleAsync();
            other = keep == duplicate.LeftId ? duplicate.RightId : duplicate.LeftId;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var url = $"/Procurement/Matches/Merge/{duplicate.Id}";
        var form = await psd.GetPageAsync(url);
        var unanswered = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new()));
        var tampered = await PortalClient.ParseAsync(await psd.PostFormAsync(url, new() { ["Keep"] = "999999" }));
        var chosen = await psd.PostFormAsync(url, new() { ["Keep"] = keep.ToString() });
        Assert.Equal(2, form.QuerySelectorAll("input[name=Keep]").Length);
        Assert.Equal("Select the name to keep", unanswered.FieldError("Keep"));
        Assert.Equal("Select the name to keep", tampered.FieldError("Keep"));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var checkUrl = chosen.Headers.Location!.OriginalString;
        Assert.Equal($"/Procurement/Matches/MergeCheck/{duplicate.Id}?keep={keep}", checkUrl);
        Assert.Equal(duplicate.Version, (await ProcurementData.MatchesAsync(factory)).Single(m => m.Id == duplicate.Id).Version);

        var check = await psd.GetPageAsync(checkUrl);
        Assert.Equal("Harbour Catering Ltd", check.QuerySelector("#kept")!.TextContent.Trim());
        Assert.Equal("HARBOUR CATERING", check.QuerySelector("#other")!.TextContent.Trim());
        var version = check.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var merged = await psd.PostFormAsync(checkUrl, new() { ["Version"] = version });
        var again = await psd.PostFormAsync(checkUrl, new() { ["Version"] = version });
        var view = await psd.GetPageAsync($"/Procurement/Matches/View/{duplicate.Id}");

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal($"/Procurement/Matches/View/{duplicate.Id}", again.Headers.Location!.OriginalString);
        Assert.Equal("Merged into one organisation", view.QuerySelector("#status")!.TextContent.Trim());
        await using var db2 = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var gift = await db2.GiftDeclarations.SingleAsync(g => g.Id == giftId);
        Assert.Equal((keep, "Harbour Catering Ltd"), (gift.OrganisationId, gift.OrganisationName));
        var interest = await db2.BusinessInterests.SingleAsync(b => b.Id == interestId);
        Assert.Equal((keep, "Harbour Catering Ltd"), (interest.OrganisationId, interest.OrganisationName));
        Assert.False(await db2.Organisations.AnyAsync(o => o.Id == other));
        var matches = await db2.ProcurementMatches.ToListAsync();
        Assert.DoesNotContain(matches, m => m.Id != duplicate.Id && (m.LeftOrganisationId == other || m.RightOrganisationId == other));
        var settled = matches.Single(m => m.Id == duplicate.Id);
        Assert.Equal((MatchStatus.Merged, "psd.cumbria"), (settled.Status, settled.SettledBy));
        Assert.Contains("HARBOUR CATERING", settled.OutcomeNote);
        var events = await db2.AuditEvents.Where(e => e.UserName == "psd.cumbria" && e.Action != AuditAction.Read).ToListAsync();
        Assert.Single(events, e => e.EntityType == nameof(GiftDeclaration) && e.EntityId == giftId.ToString());
        Assert.Single(events, e => e.EntityType == "BusinessInterest" && e.EntityId == interestId.ToString());
        Assert.Single(events, e => e.EntityType == nameof(Organisation) && e.EntityId == other.ToString() && e.Action == AuditAction.Removed);
        Assert.Single(events, e => e.EntityType == nameof(ProcurementMatch) && e.EntityId == duplicate.Id.ToString());
    }

    [Fact]
    public async Task Merge_PostedFourTimesAtOnce_MergesOnce_AndNoPostFails()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (duplicate, _, _) = await TwoSpellingsAsync(factory);
        var url = $"/Procurement/Matches/MergeCheck/{duplicate.Id}?keep={duplicate.LeftId}";
        var clients = new List<PortalClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await PortalClient.SignInAsync(factory, "psd.cumbria"));
        }

        // Each has the check page open (and its token) before any of them confirms.
        var forms = await Task.WhenAll(clients.Select(async c => (Client: c, Token: (await c.GetPageAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)));
        var posts = await Task.WhenAll(forms.Select(f => f.Client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = duplicate.Version.ToString(), ["__RequestVerificationToken"] = f.Token,
        }))));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.StatusCode));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Id == duplicate.LeftId || o.Id == duplicate.RightId));
        Assert.Equal(MatchStatus.Merged, (await db.ProcurementMatches.SingleAsync(m => m.Id == duplicate.Id)).Status);
        Assert.Single(await db.AuditEvents.Where(e => e.EntityType == nameof(Organisation) && e.Action == AuditAction.Removed).ToListAsync());
    }

    [Fact]
    public async Task Merge_ASettledPairWithTheOrganisationThatGoes_KeepsNamingItWhole_WhenTheKeptOneHasThatPairAlready()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (duplicate, _, _) = await TwoSpellingsAsync(factory);
        var (keep, other) = (duplicate.LeftId, duplicate.RightId);
        int settledId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // A third spelling, taken for both: its pair with the one that goes was settled as not a
            // match, and its pair with the kept one is still new.
            var third = new Organisation { ForceId = duplicate.ForceId, Name = "Harbor Catering" };
            db.Organisations.Add(third);
            await db.SaveChangesAsync();
            ProcurementMatch Pair(int a, int b, MatchStatus status) => new()
            {
                ForceId = duplicate.ForceId, Kind = MatchKind.DuplicateOrganisation,
                LeftKind = MatchRecordKind.Organisation, LeftId = Math.Min(a, b), RightKind = MatchRecordKind.Organisation, RightId = Math.Max(a, b),
                LeftOrganisationId = Math.Min(a, b), RightOrganisationId = Math.Max(a, b), Score = 90, Reason = "Similar names",
                Priority = MatchPriority.Normal, RaisedUtc = DateTime.UtcNow, Status = status,
                SettledBy = status == MatchStatus.New ? null : "psd.cumbria", SettledUtc = status == MatchStatus.New ? null : DateTime.UtcNow,
            };
            var settled = Pair(other, third.Id, MatchStatus.NotAMatch);
            db.ProcurementMatches.AddRange(settled, Pair(keep, third.Id, MatchStatus.New));
            await db.SaveChangesAsync();
            settledId = settled.Id;
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var merged = await psd.PostFormAsync($"/Procurement/Matches/MergeCheck/{duplicate.Id}?keep={keep}", new() { ["Version"] = duplicate.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var after = await check.ProcurementMatches.SingleAsync(m => m.Id == settledId);
        Assert.Equal(MatchStatus.NotAMatch, after.Status);
        Assert.Equal((after.LeftId, after.RightId), (after.LeftOrganisationId!.Value, after.RightOrganisationId!.Value));
        Assert.Contains(other, new[] { after.LeftId, after.RightId });
        var view = await psd.GetAsync($"/Procurement/Matches/View/{settledId}");
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
    }

    [Fact]
    public async Task Merge_WrongRoleIsForbidden_TwoSuppliersAreAnsweredBesideTheField_AndNothingChanges()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var (duplicate, _, _) = await TwoSpellingsAsync(factory);
        var procurement = await PortalClient.SignInAsync(factory, "procurement.cumbria");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var url = $"/Procurement/Matches/Merge/{duplicate.Id}";

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await procurement.GetAsync($"/Procurement/Matches/MergeCheck/{duplicate.Id}?keep={duplicate.LeftId}")).StatusCode);
        // Procurement makes the second spelling a supplier too: the merge cannot say which supplier record stands.
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var second = await db.Organisations.SingleAsync(o => o.Name == "HARBOUR CATERING");
            db.Suppliers.Add(new Supplier { ForceId = second.ForceId, OrganisationId = second.Id, SupplierReference = "SUP-2", RegisteredAddress = "2 Quay", Postcode = "CA1 1AA" });
            await db.SaveChangesAsync();
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var refused = await psd.PostFormAsync(url, new() { ["Keep"] = duplicate.LeftId.ToString() });
        var page = await PortalClient.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Both organisations are suppliers of the force (SUP-1 and SUP-2)", page.FieldError("Keep"));
        Assert.True(page.QuerySelector($"input[name=Keep][value='{duplicate.LeftId}']")!.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.Redirect, (await psd.PostFormAsync($"/Procurement/Matches/MergeCheck/{duplicate.Id}?keep={duplicate.LeftId}", new() { ["Version"] = duplicate.Version.ToString() })).StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(2, await check.Organisations.CountAsync(o => o.Id == duplicate.LeftId || o.Id == duplicate.RightId));
        Assert.Equal(MatchStatus.New, (await check.ProcurementMatches.SingleAsync(m => m.Id == duplicate.Id)).Status);
    }

    private static string MatchRecordsReference(int id) => $"PM-{id:D6}";
}
