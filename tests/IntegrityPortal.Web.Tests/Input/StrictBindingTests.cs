using System.Net;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.Investigations;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Input;

/// <summary>
/// "1,2,3" is neither a date nor a choice. The framework's binder read it as 1 February 2003
/// and as a combination of an enum's values; dates and choices are now bound strictly.
/// </summary>
public class StrictBindingTests
{
    [Fact]
    public async Task Post_ListOfNumbersToADateField_IsAnsweredBesideTheField_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.PostFormAsync("/Investigations/Open", new()
        {
            ["Input.Category"] = "Other", ["Input.Origin"] = "Audit", ["Input.OpenedOn.Day"] = "1,2,3", ["Input.OpenedOn.Month"] = "1", ["Input.OpenedOn.Year"] = "2026", ["Input.Summary"] = "A summary",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Date opened must be a real date", page.FieldError("Input_OpenedOn"));
        Assert.Contains("Date opened must be a real date", page.ErrorSummary());
        Assert.Equal("1,2,3", page.QuerySelector("#Input_OpenedOn")!.GetAttribute("value"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await db.Investigations.ToListAsync());
    }

    [Fact]
    public async Task Post_ListOfNumbersToAChoice_IsRefused_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var response = await psd.PostFormAsync("/Investigations/Open", new()
        {
            ["Input.Category"] = "1,2,3", ["Input.Origin"] = "Audit", ["Input.OpenedOn"] = "2026-01-05", ["Input.Summary"] = "A summary",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.NotNull(page.FieldError("Input_Category"));
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Empty(await db.Investigations.ToListAsync());
    }

    [Theory]
    [InlineData("/Audit?Filter.From=1,2,3", "Filter_From", "From must be a real date")]
    [InlineData("/Audit?Filter.Action=1,2,3", "Filter_Action", "Choose the action from the list")]
    [InlineData("/Audit?Filter.Action=Read,Export", "Filter_Action", "Choose the action from the list")]
    [InlineData("/Audit?Filter.Action=99", "Filter_Action", "Choose the action from the list")]
    [InlineData("/Audit?Filter.From=1850-01-01", "Filter_From", "From must be between 1900 and 2099")]
    public async Task Get_FilterWithAListOfNumbers_IsAnsweredBesideTheField_AndShowsNoResults(string url, string field, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var page = await psd.GetPageAsync(url);

        Assert.Equal(message, page.FieldError(field));
        Assert.Null(page.QuerySelector("#result-count"));
    }

    [Fact]
    public async Task Get_OneDefinedChoiceByNameOrNumber_IsAccepted()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        Assert.NotNull((await psd.GetPageAsync("/Audit?Filter.Action=Export")).QuerySelector("#result-count"));
        Assert.NotNull((await psd.GetPageAsync("/Audit?Filter.Action=5&Filter.From=2026-01-01")).QuerySelector("#result-count"));
        Assert.NotNull((await psd.GetPageAsync("/Audit?Filter.From=1/1/2026")).QuerySelector("#result-count"));
    }

    [Fact]
    public void Enums_AcceptOneDefinedValue_AndCombinationsOnlyOfAFlagsSet()
    {
        Assert.True(StrictEnums.TryParse(typeof(InvestigationCategory), nameof(InvestigationCategory.Other), out _));
        Assert.False(StrictEnums.TryParse(typeof(InvestigationCategory), "1,2,3", out _));
        Assert.False(StrictEnums.TryParse(typeof(InvestigationCategory), "999", out _));
        Assert.False(StrictEnums.TryParse(typeof(InvestigationCategory), "-1", out _));
        Assert.True(StrictEnums.TryParse(typeof(PatternFlags), "RepeatOffers, AnnualValue", out var combined));
        Assert.Equal(PatternFlags.RepeatOffers | PatternFlags.AnnualValue, combined);
        Assert.False(StrictEnums.TryParse(typeof(PatternFlags), "RepeatOffers, Bribe", out _));
        Assert.False(StrictEnums.TryParse(typeof(AssessmentChecks), "1024", out _));
    }
}
