using System.Net;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.Gifts;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Input;

/// <summary>
/// The GOV.UK date input: day, month and year boxes bound into one date by the strict binder,
/// with the GOV.UK messages, the typed parts kept, only the wrong boxes highlighted and the
/// error summary linking to the first wrong box.
/// </summary>
public class DateInputTests
{
    private static Dictionary<string, string> OpenCase(string day, string month, string year) => new()
    {
        ["Input.Category"] = "Other", ["Input.Origin"] = "Audit", ["Input.Summary"] = "A summary",
        ["Input.OpenedOn.Day"] = day, ["Input.OpenedOn.Month"] = month, ["Input.OpenedOn.Year"] = year,
    };

    [Fact]
    public async Task ValidParts_AreBoundIntoTheDate()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.PostFormAsync("/Investigations/Open", OpenCase("5", "Jan", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(new DateOnly(2026, 1, 5), (await db.Investigations.SingleAsync()).OpenedOn);
    }

    [Theory]
    [InlineData("5", "", "2026", "Date opened must include a month", "Input_OpenedOn-month", new[] { "month" })]
    [InlineData("", "", "2026", "Date opened must include a day and month", "Input_OpenedOn", new[] { "day", "month" })]
    [InlineData("30", "2", "2026", "Date opened must be a real date", "Input_OpenedOn", new[] { "day" })]
    [InlineData("5", "13", "2026", "Date opened must be a real date", "Input_OpenedOn-month", new[] { "month" })]
    [InlineData("5", "1", "26", "Date opened must be a real date", "Input_OpenedOn-year", new[] { "year" })]
    [InlineData("5", "1", "1850", "Date opened must be between 1900 and 2099", "Input_OpenedOn-year", new[] { "year" })]
    public async Task WrongParts_AreAnsweredBesideTheField_KeptAsTyped_AndOnlyTheyAreHighlighted(
        string day, string month, string year, string message, string firstWrongId, string[] highlighted)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.PostFormAsync("/Investigations/Open", OpenCase(day, month, year));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.FieldError("Input_OpenedOn"));
        var link = page.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal(message, link.TextContent.Trim());
        Assert.Equal("#" + firstWrongId, link.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#" + firstWrongId));
        var boxes = new Dictionary<string, string> { ["day"] = "Input_OpenedOn", ["month"] = "Input_OpenedOn-month", ["year"] = "Input_OpenedOn-year" };
        Assert.Equal(day, page.QuerySelector("#Input_OpenedOn")!.GetAttribute("value"));
        Assert.Equal(month, page.QuerySelector("#Input_OpenedOn-month")!.GetAttribute("value"));
        Assert.Equal(year, page.QuerySelector("#Input_OpenedOn-year")!.GetAttribute("value"));
        foreach (var (part, id) in boxes)
        {
            Assert.Equal(highlighted.Contains(part), page.QuerySelector("#" + id)!.ClassList.Contains("govuk-input--error"));
        }

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await db.Investigations.ToListAsync());
    }

    [Fact]
    public async Task NothingTyped_InARequiredDate_GetsTheFieldsOwnMessage()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var page = await PortalClient.ParseAsync(await psd.PostFormAsync("/Investigations/Open", OpenCase("", "", "")));

        Assert.Equal("Enter the date the case was opened", page.FieldError("Input_OpenedOn"));
    }

    [Fact]
    public async Task AFilterDate_SentInParts_FiltersAndIsShownBackInTheBoxes_AndAWholeDateFromALinkStillWorks()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var parts = await admin.GetPageAsync("/Audit?Filter.From.Day=2&Filter.From.Month=3&Filter.From.Year=2026");
        var whole = await admin.GetPageAsync("/Audit?Filter.From=2026-03-02");

        foreach (var page in new[] { parts, whole })
        {
            Assert.Null(page.FieldError("Filter_From"));
            Assert.Equal("2", page.QuerySelector("#Filter_From")!.GetAttribute("value"));
            Assert.Equal("3", page.QuerySelector("#Filter_From-month")!.GetAttribute("value"));
            Assert.Equal("2026", page.QuerySelector("#Filter_From-year")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task AGiftDeclaration_WithAnImpossibleDate_SaysSoInWords_AndKeepsTheRestOfTheForm()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var form = GiftForms.Valid("Reason=Kept reason");
        form.Remove("Input.OfferedOn");
        form["Input.OfferedOn.Day"] = "31";
        form["Input.OfferedOn.Month"] = "4";
        form["Input.OfferedOn.Year"] = "2026";
        var response = await GiftForms.AnswerAsync(officer, form);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("The date of the offer must be a real date", page.FieldError("Input_OfferedOn"));
        Assert.Equal("31", page.QuerySelector("#Input_OfferedOn")!.GetAttribute("value"));
        Assert.Equal("Kept reason", page.QuerySelector("#Input_Reason")!.TextContent.Trim());
    }
}
