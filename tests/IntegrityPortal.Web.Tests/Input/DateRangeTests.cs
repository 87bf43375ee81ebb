using System.Net;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.BusinessInterests;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Gifts.GiftForms;

namespace IntegrityPortal.Web.Tests.Input;

/// <summary>
/// Every date field answers a date outside its plausible range beside the field, keeps what
/// was typed and writes nothing; none reaches the error page (0001-01-01 once did, on Declare
/// and Amend, and a year-1000 offer was saved).
/// </summary>
public class DateRangeTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1000-06-01")]
    [InlineData("1/1/1")]
    [InlineData("9999-12-31")]
    public async Task Declare_And_Amend_RefuseAnImplausibleOfferDate(string date)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var id = await DeclareAsync(client);

        var declareForm = Valid();
        DateFields.Put(declareForm, "Input.OfferedOn", date);
        var amendForm = Valid("AmendmentReason=Wrong date", "Version=0");
        DateFields.Put(amendForm, "Input.OfferedOn", date);
        var declare = await AnswerAsync(client, declareForm);
        var amend = await client.PostFormAsync($"/Gifts/Declarations/Amend/{id}", amendForm);

        foreach (var response in new[] { declare, amend })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            var message = page.FieldError("Input_OfferedOn");
            Assert.True(message is not null && message.StartsWith("The date of the offer must be", StringComparison.Ordinal), message);
            Assert.Contains(message, page.ErrorSummary());
            Assert.Equal(DateFields.Split(date), DateFields.Shown(page, "Input_OfferedOn"));
        }

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(1, await db.GiftDeclarations.CountAsync());
        Assert.Equal(1, (await db.GiftDeclarations.SingleAsync()).CurrentVersionNumber);
    }

    public static TheoryData<string, string, string, string> Forms() => new()
    {
        // user, page, field, date
        { "psd.cumbria", "/Investigations/Open", "OpenedOn", "1950-01-01" },
        { "psd.cumbria", "/Investigations/Open", "OpenedOn", "1000-01-01" },
        { "psd.cumbria", "/Investigations/Staffing", "AsOn", "1950-01-01" },
        { "officer.cumbria", "/BusinessInterests/Applications/Edit", "StartDate", "1000-01-01" },
        { "officer.cumbria", "/BusinessInterests/Applications/Edit", "StartDate", "2099-01-01" },
        { "officer.cumbria", "/Media/Contacts/Log", "ContactedOn", "1000-01-01" },
        { "press-office.cumbria", "/Media/Office/FlagArticle", "PublishedOn", "0001-01-01" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task EveryRegistersDateField_RefusesADateOutsideItsRange_BesideTheField(string user, string url, string field, string date)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var client = await PortalClient.SignInAsync(factory, user);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var before = await db.AuditEvents.Where(e => e.Action != Core.Auditing.AuditAction.Read).CountAsync();
        var form = url switch
        {
            "/BusinessInterests/Applications/Edit" => InterestData.Form(),
            "/Media/Contacts/Log" => Media.MediaData.Form(),
            _ => new Dictionary<string, string>(),
        };
        DateFields.Put(form, $"Input.{field}", date);

        var response = await client.PostFormAsync(url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var message = page.FieldError($"Input_{field}");
        Assert.True(message is not null && message.Contains(" must be ", StringComparison.Ordinal), $"{url} {field}: {message}");
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal(DateFields.Split(date), DateFields.Shown(page, $"Input_{field}"));
        Assert.Equal(before, await db.AuditEvents.Where(e => e.Action != Core.Auditing.AuditAction.Read).CountAsync());
    }
}
