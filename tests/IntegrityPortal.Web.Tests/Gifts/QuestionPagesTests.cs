using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Pages.Gifts;
using IntegrityPortal.Web.Pages.Gifts.Declarations;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Gifts;

/// <summary>
/// The declaration as question pages: answers kept on the server between pages, Check your
/// answers with Change links, nothing in the register until it is sent, one declaration
/// however often it is sent, and nobody else's draft opens.
/// </summary>
public class QuestionPagesTests
{
    private static async Task<int> DeclarationCountAsync(PortalFactory factory)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return await db.GiftDeclarations.CountAsync();
    }

    [Fact]
    public async Task CheckYourAnswers_ShowsWhatWasEntered_AndNothingReachesTheRegisterUntilSent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var before = await DeclarationCountAsync(factory);

        var check = await CheckUrlAsync(officer, "Outcome=Accepted", "Disposal=GivenToCharity", "Value=1,250", "Description=A hamper");

        var page = await officer.GetPageAsync(check);
        Assert.Equal("Check your answers before declaring the offer – Integrity Portal", page.Title);
        var answers = page.QuerySelector("#answers")!.TextContent;
        foreach (var expected in new[] { "Alex Smith", "Acme Catering Ltd (new)", "A hamper", "£1,250.00", UkFormatDate(Today.AddDays(-2)), "Accepted", "It would not be appropriate to accept" })
        {
            Assert.Contains(expected, answers);
        }

        Assert.Equal(before, await DeclarationCountAsync(factory));
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Acme Catering Ltd"));
            Assert.False(await db.AuditEvents.AnyAsync(e => e.UserName == "officer.cumbria" && e.EntityType == "GiftDeclaration"));
        }

        var id = DeclaredId(await SendAsync(officer, check));
        var declared = await officer.GetPageAsync($"/Gifts/Declarations/Declared/{id}");
        Assert.Equal("Declaration made", declared.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Contains("Your line manager is asked to approve your acceptance", declared.QuerySelector("#next")!.TextContent);
        Assert.Equal(before + 1, await DeclarationCountAsync(factory));
    }

    [Fact]
    public async Task ChangeLink_OpensTheQuestion_AndReturnsToCheckYourAnswers()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var before = await DeclarationCountAsync(factory);
        var check = await CheckUrlAsync(officer);

        var change = (await officer.GetPageAsync(check)).QuerySelectorAll("#answers a")
            .Single(a => a.TextContent.Contains("estimated value", StringComparison.Ordinal)).GetAttribute("href")!;
        var question = await officer.GetPageAsync(change);
        Assert.Equal("25.00", question.QuerySelector("#Input_Value")!.GetAttribute("value"));

        var url = change[..change.IndexOf('#')];
        var refused = await officer.PostFormAsync(url, Valid("Value=lots").Where(f => GiftQuestions.Pages[1].Asks(f.Key)).ToDictionary());
        Assert.Equal(Money.NotANumber, (await PortalClient.ParseAsync(refused)).FieldError("Input_Value"));

        var answered = await officer.PostFormAsync(url, Valid("Value=40").Where(f => GiftQuestions.Pages[1].Asks(f.Key)).ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(check, answered.Headers.Location!.OriginalString);
        Assert.Contains("£40.00", (await officer.GetPageAsync(check)).QuerySelector("#answers")!.TextContent);
        Assert.Equal(before, await DeclarationCountAsync(factory));
    }

    [Fact]
    public async Task SendingTwice_MakesOneDeclaration_AndShowsItsConfirmationBothTimes()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var before = await DeclarationCountAsync(factory);
        var check = await CheckUrlAsync(officer);

        // Both posts carry a token from the Check your answers page before either was sent: a double click.
        var token = (await officer.GetPageAsync(check)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var first = await officer.Http.PostAsync(check, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var second = await officer.Http.PostAsync(check, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(DeclaredId(first), DeclaredId(second));
        Assert.Equal(before + 1, await DeclarationCountAsync(factory));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.UserName == "officer.cumbria" && e.EntityType == "GiftDeclaration" && e.Action == AuditAction.Created));

        // Back to a question page of the sent draft: it shows the declaration, not the form again.
        var back = await officer.GetAsync(check.Replace("/Check?", "/Declare/when?", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal($"/Gifts/Declarations/Declared/{DeclaredId(first)}", back.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task APageAnswer_DoesNotChangeAnotherPagesAnswers()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await CheckUrlAsync(officer);
        var what = check.Replace("/Check?", "/Declare/what?", StringComparison.Ordinal) + "&change=true";

        // The "what" page posted with a name and an organisation id too: only its own answers are read.
        var response = await officer.PostFormAsync(what, Valid("OfferorName=Someone Else", "OrganisationId=1", "NewOrganisationName="));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answers = (await officer.GetPageAsync(check)).QuerySelector("#answers")!.TextContent;
        Assert.Contains("Alex Smith", answers);
        Assert.DoesNotContain("Someone Else", answers);
        Assert.Contains("Acme Catering Ltd (new)", answers);
    }

    [Theory]
    [InlineData("staff.cumbria")]
    [InlineData("officer.thames-valley")]
    [InlineData("psd.cumbria")]
    public async Task SomeoneElsesDraftAndConfirmation_AreNotFound(string userName)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await CheckUrlAsync(officer);
        var id = await DeclareAsync(officer);
        var before = await DeclarationCountAsync(factory);
        var other = await PortalClient.SignInAsync(factory, userName);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(check)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(check, new())).StatusCode);
        var whatUrl = check.Replace("/Check?", "/Declare/what?", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(whatUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostFormAsync(whatUrl, Valid())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Gifts/Declarations/Declared/{id}")).StatusCode);
        Assert.Equal(before, await DeclarationCountAsync(factory));
    }

    [Fact]
    public async Task UnknownQuestionPage_IsNotFound_AndALaterPageWithoutADraftStartsAtTheFirst()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/Gifts/Declarations/Declare/why")).StatusCode);
        var later = await officer.GetAsync("/Gifts/Declarations/Declare/when");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal("/Gifts/Declarations/Declare", later.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Amendment_EndsInCheckYourAnswers_AndSendingTwiceAddsOneVersion()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAsync(officer);

        var answered = await officer.PostFormAsync($"/Gifts/Declarations/Amend/{id}", Valid("Value=40", "AmendmentReason=I miscounted the bottles", "Version=0"));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var check = answered.Headers.Location!.OriginalString;
        var page = await officer.GetPageAsync(check);
        Assert.Contains("£40.00", page.QuerySelector("#answers")!.TextContent);
        Assert.Contains("I miscounted the bottles", page.QuerySelector("#reason")!.TextContent);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            Assert.Equal(1, (await db.GiftDeclarations.SingleAsync(d => d.Id == id)).CurrentVersionNumber);
        }

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var first = await officer.Http.PostAsync(check, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var second = await officer.Http.PostAsync(check, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal($"/Gifts/Declarations/Declared/{id}?amended=True", first.Headers.Location!.OriginalString);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var declared = await officer.GetPageAsync(first.Headers.Location!.OriginalString);
        Assert.Equal("Amendment saved", declared.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        await using var after = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var declaration = await after.GiftDeclarations.Include(d => d.Versions).SingleAsync(d => d.Id == id);
        Assert.Equal(2, declaration.CurrentVersionNumber);
        Assert.Equal(2, declaration.Versions.Count);

        // Someone else cannot open the amendment's Check your answers.
        var other = await PortalClient.SignInAsync(factory, "staff.cumbria");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(check)).StatusCode);
    }

    private static string UkFormatDate(DateOnly date) => IntegrityPortal.Web.Infrastructure.UkFormat.Date(date);
}
