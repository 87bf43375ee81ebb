using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using IntegrityPortal.Web.Pages.Gifts;
using IntegrityPortal.Web.Pages.Gifts.Declarations;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Gifts;

public class DeclareTests
{
    [Fact]
    public async Task Post_DeclinedOffer_SavesVersionOneNewOrganisationAndAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var cumbria = await factory.ForceIdAsync("cumbria");

        var id = await DeclareAsync(client, "Value=1,250", "NewOrganisationCompanyNumber=01234567");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.Include(d => d.Organisation).Include(d => d.Versions).SingleAsync(d => d.Id == id);
        Assert.Equal(cumbria, declaration.ForceId);
        Assert.Equal(OfferOutcome.Declined, declaration.Outcome);
        Assert.Equal(125_000, declaration.ValuePence);
        Assert.Null(declaration.Disposal);
        Assert.Equal(ApprovalStatus.NotRequired, declaration.ApprovalStatus);
        Assert.Equal(ReviewStatus.AwaitingReview, declaration.ReviewStatus);
        Assert.False(declaration.IsLate);
        Assert.Equal("Acme Catering Ltd", declaration.Organisation!.Name);
        Assert.Equal("01234567", declaration.Organisation.CompanyNumber);
        Assert.Equal(cumbria, declaration.Organisation.ForceId);
        Assert.Equal(1, Assert.Single(declaration.Versions).Number);
        var audit = await db.AuditEvents.SingleAsync(e => e.EntityType == "GiftDeclaration" && e.Action == AuditAction.Created);
        Assert.Equal("officer.cumbria", audit.UserName);
        Assert.Equal(cumbria, audit.RecordForceId);

        var declared = await client.GetPageAsync($"/Gifts/Declarations/Declared/{id}");
        Assert.Contains($"Declaration made: {declaration.Reference}.", declared.QuerySelector("#confirmation")!.TextContent);
        Assert.Equal(declaration.Reference, declared.QuerySelector(".govuk-panel #reference")!.TextContent);
        Assert.Contains("Professional Standards Department reviews every declaration", declared.QuerySelector("#next")!.TextContent);
        var view = await client.GetPageAsync($"/Gifts/Declarations/View/{id}");
        Assert.Contains("£1,250.00", view.Body!.TextContent);
        var list = await client.GetPageAsync("/Gifts/Declarations");
        var row = Assert.Single(list.QuerySelectorAll("#declarations tbody tr"));
        Assert.Contains(declaration.Reference, row.TextContent);
        Assert.Contains("Acme Catering Ltd", row.TextContent);
        Assert.Contains(UkFormat.Date(declaration.OfferedOn), row.TextContent);
    }

    [Fact]
    public async Task Post_AcceptedAboveApprovalValue_AwaitsLineManager()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var id = await DeclareAsync(client, "Outcome=Accepted", "Disposal=KeptPersonally", "Value=50.01");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.Equal(OfferOutcome.Accepted, declaration.Outcome);
        Assert.Equal(GiftDisposal.KeptPersonally, declaration.Disposal);
        Assert.Equal(ApprovalStatus.AwaitingLineManager, declaration.ApprovalStatus);
        Assert.Contains("awaiting approval by your line manager", (await client.GetPageAsync($"/Gifts/Declarations/Declared/{id}")).QuerySelector("#confirmation")!.TextContent);
        var view = await client.GetPageAsync($"/Gifts/Declarations/View/{id}");
        Assert.Equal("Awaiting line manager", view.QuerySelector("#approval-status")!.TextContent.Trim());
        var home = await client.GetPageAsync("/");
        Assert.Contains("Your gift and hospitality declarations awaiting approval", home.QuerySelector("#attention")!.TextContent);
    }

    [Fact]
    public async Task Post_AcceptedAtApprovalValue_NeedsNoApproval()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var id = await DeclareAsync(client, "Outcome=Accepted", "Disposal=GivenToCharity", "Value=50");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(ApprovalStatus.NotRequired, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).ApprovalStatus);
    }

    [Fact]
    public async Task Post_OfferMadeFortyDaysAgo_IsMarkedLate()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var id = await DeclareAsync(client, $"OfferedOn={IsoDate(Today.AddDays(-40))}");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True((await db.GiftDeclarations.SingleAsync(d => d.Id == id)).IsLate);
        Assert.Contains("marked late", (await client.GetPageAsync($"/Gifts/Declarations/Declared/{id}")).QuerySelector("#confirmation")!.TextContent);
        var view = await client.GetPageAsync($"/Gifts/Declarations/View/{id}");
        Assert.Contains("Late", view.QuerySelector("#standing")!.TextContent);
    }

    [Fact]
    public async Task Post_OfferFromSupplierToPurchaser_IsFlaggedForPsd()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var id = await DeclareAsync(client, "Relationship=CurrentSupplier", "InvolvedInPurchasing=true");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.SingleAsync(d => d.Id == id);
        Assert.True(declaration.IsFromSupplier);
        Assert.True(declaration.InvolvedInPurchasing);
        Assert.True(declaration.PatternFlags.HasFlag(PatternFlags.SupplierToPurchaser));
        var declared = await client.GetPageAsync($"/Gifts/Declarations/Declared/{id}");
        Assert.Contains("flagged for the Professional Standards Department", declared.QuerySelector("#confirmation")!.TextContent);
    }

    [Fact]
    public async Task Post_NewOrganisationWithExistingNameInAnotherCase_ReusesIt()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var first = await DeclareAsync(client);
        var second = await DeclareAsync(client, "NewOrganisationName=ACME catering LTD");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name.ToUpper() == "ACME CATERING LTD"));
        var organisations = await db.GiftDeclarations.Where(d => d.Id == first || d.Id == second).Select(d => d.OrganisationId).Distinct().ToListAsync();
        Assert.Single(organisations);
    }

    public static TheoryData<string[], string, string> BadInput() => new()
    {
        { [$"OfferedOn={IsoDate(Today.AddDays(1))}"], "Input_OfferedOn", GiftRules.FutureDate },
        { ["OfferedOn="], "Input_OfferedOn", "Enter the date of the offer" },
        { ["OfferedOn=2026-02-30"], "Input_OfferedOn", "The date of the offer must be a real date" },
        { ["Value=-5"], "Input_Value", GiftRules.NegativeValue },
        { ["Value=1000000.01"], "Input_Value", GiftRules.AbsurdValue },
        { ["Value=99999999999999999999"], "Input_Value", GiftRules.AbsurdValue },
        { ["Value=twelve pounds"], "Input_Value", Money.NotANumber },
        { ["Value=12.505"], "Input_Value", Money.TooManyDecimals },
        { ["Value="], "Input_Value", "Enter the estimated value, like 12.50" },
        { ["Outcome=Accepted", "Disposal=KeptPersonally", "IsCashOrEquivalent=true"], "Input_Outcome", GiftRules.CashAccepted },
        { ["Outcome=Accepted", "Disposal="], "Input_Disposal", GiftRules.DisposalNeeded },
        { ["Outcome="], "Input_Outcome", "Select whether you accepted or declined the offer" },
        { ["Outcome=Stolen"], "Input_Outcome", "Select whether you accepted or declined the offer" },
        { ["OfferorName= "], "Input_OfferorName", "Enter the name of the person who made the offer" },
        { ["OfferorName=" + new string('x', 201)], "Input_OfferorName", "The offeror's name must be 200 characters or fewer" },
        { ["Description="], "Input_Description", "Describe what was offered" },
        { ["Description=" + new string('x', 2001)], "Input_Description", "The description must be 2000 characters or fewer" },
        { ["Reason="], "Input_Reason", "Enter why you accepted or declined the offer" },
        { ["Relationship="], "Input_Relationship", "Select the offeror's relationship to the force" },
        { ["OfferType=Bribe"], "Input_OfferType", "Select what was offered" },
        { ["NewOrganisationName="], "Input_OrganisationId", GiftInputValidator.OrganisationMissing },
        { ["OrganisationId=999999"], "Input_OrganisationId", GiftInputValidator.OrganisationBoth },
        { ["OrganisationId=999999", "NewOrganisationName="], "Input_OrganisationId", "Select an organisation from the list" },
        { ["OrganisationId=abc", "NewOrganisationName="], "Input_OrganisationId", "Enter a valid organisation" },
        { ["NewOrganisationCompanyNumber=TOO-LONG-NUMBER"], "Input_NewOrganisationCompanyNumber", "Enter the company number as up to 8 letters and digits, like 01234567" },
        { ["IsCashOrEquivalent="], "Input_IsCashOrEquivalent", GiftInputValidator.CashUnanswered },
        { ["InvolvedInPurchasing="], "Input_InvolvedInPurchasing", GiftInputValidator.PurchasingUnanswered },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Post_BadInput_ShowsMessageBesideFieldKeepsValuesAndWritesNothing(string[] changes, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var declarationsBefore = await DeclarationCountAsync(factory);
        var keepsName = !changes.Any(c => c.StartsWith("OfferorName="));
        var form = Valid(keepsName ? [.. changes, "OfferorName=Kept Name"] : changes);
        var response = await AnswerAsync(client, form);

        // The question page that asks the field answers it, beside the field and in the summary, and keeps what was typed.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(message, page.FieldError(field));
        Assert.Contains(message, page.ErrorSummary());
        var question = GiftQuestions.PageOf(field.Replace('_', '.'));
        Assert.Contains(question.Title, page.QuerySelector("h1")!.TextContent);
        if (keepsName && question == GiftQuestions.Pages[0])
        {
            Assert.Equal("Kept Name", page.QuerySelector("#Input_OfferorName")!.GetAttribute("value"));
        }
        else if (field == "Input_Value")
        {
            Assert.Equal(form["Input.Value"], page.QuerySelector("#Input_Value")!.GetAttribute("value"));
        }

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(declarationsBefore, await db.GiftDeclarations.CountAsync());
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Acme Catering Ltd"));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.UserName == "officer.cumbria" && (e.EntityType == "GiftDeclaration" || e.EntityType == "Organisation")));
    }

    // The demo data holds declarations already: "nothing written" means the count is unchanged.
    private static async Task<int> DeclarationCountAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.GiftDeclarations.CountAsync();
    }

    [Fact]
    public async Task Get_DeclareForm_ShowsForceSettingsAsHints()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var first = GiftQuestions.Pages[0];
        var answered = await client.PostFormAsync("/Gifts/Declarations/Declare", Valid().Where(f => first.Asks(f.Key)).ToDictionary());
        var what = answered.Headers.Location!.OriginalString;
        Assert.StartsWith("/Gifts/Declarations/Declare/what?draft=", what);
        var whatPage = await client.GetPageAsync(what);
        var whenPage = await client.GetPageAsync(what.Replace("/what?", "/when?", StringComparison.Ordinal));

        Assert.Contains("within 28 days", whenPage.QuerySelector("#Input_OfferedOn-hint")!.TextContent);
        Assert.Contains("more than £50.00", whatPage.QuerySelector("#Input_Value-hint")!.TextContent);
    }

    [Fact]
    public async Task View_SomeoneElsesDeclaration_IsNotFound()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAsync(officer);

        foreach (var userName in new[] { "staff.cumbria", "manager.cumbria", "officer.thames-valley", "manager.thames-valley" })
        {
            var other = await PortalClient.SignInAsync(factory, userName);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Gifts/Declarations/View/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Gifts/Declarations/Amend/{id}")).StatusCode);
            var post = await other.PostFormAsync($"/Gifts/Declarations/Amend/{id}", Valid("AmendmentReason=Taking it over", "Version=0"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.DoesNotContain($"GH-{id:D6}", (await other.GetPageAsync("/Gifts/Declarations")).Body!.TextContent);
        }

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).CurrentVersionNumber);
    }

    [Fact]
    public async Task Amend_KeepsVersionOneAndAddsVersionTwo()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAsync(client);
        var form = await client.GetPageAsync($"/Gifts/Declarations/Amend/{id}");
        Assert.Equal("25.00", form.QuerySelector("#Input_Value")!.GetAttribute("value"));
        Assert.Equal("Alex Smith", form.QuerySelector("#Input_OfferorName")!.GetAttribute("value"));

        var response = await AmendAsync(client, id, "Value=40", "Description=Two bottles of wine", "AmendmentReason=I miscounted the bottles", "Version=0");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Gifts/Declarations/Declared/{id}?amended=True", response.Headers.Location!.OriginalString);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        Assert.Equal(4_000, declaration.ValuePence);
        Assert.Equal("Two bottles of wine", declaration.Description);
        Assert.Equal(2, declaration.CurrentVersionNumber);
        var versions = declaration.Versions.OrderBy(v => v.Number).ToList();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(2_500, versions[0].ReadDetails().ValuePence);
        Assert.Equal("A bottle of wine", versions[0].ReadDetails().Description);
        Assert.Null(versions[0].AmendmentReason);
        Assert.Equal("I miscounted the bottles", versions[1].AmendmentReason);
        Assert.Equal(4_000, versions[1].ReadDetails().ValuePence);
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Name == "Acme Catering Ltd"));

        var view = await client.GetPageAsync($"/Gifts/Declarations/View/{id}");
        Assert.NotNull(view.QuerySelector("#version-1"));
        Assert.Contains("I miscounted the bottles", view.QuerySelector("#version-2")!.TextContent);
    }

    [Fact]
    public async Task Amend_WithoutReason_ShowsMessageAndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAsync(client);

        var response = await client.PostFormAsync($"/Gifts/Declarations/Amend/{id}", Valid("Value=40", "AmendmentReason=", "Version=0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter why you are amending the declaration", (await PortalClient.ParseAsync(response)).FieldError("Input_AmendmentReason"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).CurrentVersionNumber);
    }

    [Fact]
    public async Task Amend_StaleVersion_ToldChangedBySomeoneElse()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAsync(client);

        // Two amendments begun from version 0: the first saved wins, the second is told on its Check your answers.
        var won = await AmendAsync(client, id, "Value=40", "AmendmentReason=First", "Version=0");
        var lost = await AmendAsync(client, id, "Value=60", "AmendmentReason=Second", "Version=0");

        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, (await PortalClient.ParseAsync(lost)).ErrorSummary());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await db.GiftDeclarations.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        Assert.Equal(4_000, declaration.ValuePence);
        Assert.Equal(2, declaration.Versions.Count);
    }

    [Theory]
    [InlineData("pcc.cumbria")]
    [InlineData("inspector")]
    [InlineData("admin")]
    public async Task DeclarationPages_UserWithoutPerson_Forbidden(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, userName);
        var declarationsBefore = await DeclarationCountAsync(factory);

        foreach (var url in new[] { "/Gifts/Declarations", "/Gifts/Declarations/Declare", "/Gifts/Declarations/View/1", "/Gifts/Declarations/Amend/1" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync("/Gifts/Declarations/Declare", Valid())).StatusCode);
        foreach (var url in new[] { $"/Gifts/Declarations/Check?draft={Guid.NewGuid()}", $"/Gifts/Declarations/AmendCheck?draft={Guid.NewGuid()}", "/Gifts/Declarations/Declared/1", "/Gifts/Declarations/Declare/what" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(declarationsBefore, await DeclarationCountAsync(factory));
    }
}
