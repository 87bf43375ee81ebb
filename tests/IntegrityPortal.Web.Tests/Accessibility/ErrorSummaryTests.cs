using AngleSharp.Dom;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.Accessibility;

/// <summary>
/// The error summary lists, for each field, the one message shown beside that field: never two
/// for one field (a value the binder could not read and the validator's rule on the field, or
/// two password rules broken at once).
/// </summary>
public class ErrorSummaryTests
{
    [Fact]
    public async Task ForceSettings_NumbersThatAreNotNumbers_OneMessagePerField_TheOneBesideIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var url = $"/Admin/Forces/Settings/{await factory.ForceIdAsync("cumbria")}";
        var form = FormOf(await admin.GetPageAsync(url), "form:has(#Input_GiftRecordingThreshold)");
        form["Input.GiftRecordingThreshold"] = "ten pounds";
        form["Input.InterestAppealDays"] = "a fortnight";

        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(url, form));

        AssertSummaryMatchesFields(page, expectedFields: 2);
    }

    [Fact]
    public async Task UsersEdit_PasswordBreakingTwoRules_OneMessageInTheSummary_TheOneBesideTheField()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var url = $"/Admin/Users/Edit/{await UserIdAsync(factory, "officer.cumbria")}";

        // Too short, and a common password.
        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(url, new() { ["NewPassword"] = "password" }, $"{url}?handler=Password"));

        AssertSummaryMatchesFields(page, expectedFields: 1);
    }

    private static void AssertSummaryMatchesFields(IDocument page, int expectedFields)
    {
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").ToList();
        var shownBesideFields = page.QuerySelectorAll(".govuk-error-message").Select(e => e.Id).ToList();
        Assert.Equal(expectedFields, links.Count);
        Assert.Equal(links.Count, links.Select(a => a.GetAttribute("href")).Distinct().Count());
        Assert.Equal(expectedFields, shownBesideFields.Count);
        foreach (var link in links)
        {
            var field = link.GetAttribute("href")!.TrimStart('#');
            Assert.Equal(page.FieldError(field), link.TextContent.Trim());
        }
    }

    private static Dictionary<string, string> FormOf(IDocument page, string selector)
    {
        var form = page.QuerySelector(selector)!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (name == "__RequestVerificationToken" || ((type == "checkbox" || type == "radio") && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields[name] = input.LocalName switch
            {
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? "",
                "textarea" => input.TextContent,
                _ => input.GetAttribute("value") ?? "",
            };
        }

        return fields;
    }

    private static async Task<string> UserIdAsync(PortalFactory factory, string userName)
    {
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        return db.Users.Single(u => u.UserName == userName).Id;
    }
}
