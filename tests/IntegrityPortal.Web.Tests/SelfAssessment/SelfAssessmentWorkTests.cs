using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.SelfAssessments;

/// <summary>Running an assessment through the forms: starting, rating, actions and their owners, completing, comparing and the CSV.</summary>
public class SelfAssessmentWorkTests
{
    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(), [$"{field}.Month"] = date.Month.ToString(), [$"{field}.Year"] = date.Year.ToString(),
    };

    [Fact]
    public async Task StartRateAndAddAnAction_BadInputIsAnsweredBesideTheField_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var today = UkTime.Today(TimeProvider.System);
        var counts = await SelfAssessmentData.CountsAsync(factory);

        var badStart = await PortalClient.ParseAsync(await head.PostFormAsync("/SelfAssessment/Manage/Start", new(Date("Input.StartedOn", today.AddDays(3))) { ["Input.Title"] = "" }));
        Assert.Equal("Enter a title for the assessment", badStart.FieldError("Input_Title"));
        Assert.StartsWith("The date the assessment started must be today or in the past", badStart.FieldError("Input_StartedOn"));
        Assert.Equal(counts, await SelfAssessmentData.CountsAsync(factory));

        // One assessment at a time: the demonstration's is still in progress.
        var second = await PortalClient.ParseAsync(await head.PostFormAsync("/SelfAssessment/Manage/Start", new(Date("Input.StartedOn", today)) { ["Input.Title"] = "Review after the new gifts policy" }));
        Assert.Equal("The force already has an assessment in progress: complete it before starting another", second.FieldError("Input_Title"));
        Assert.Equal(counts, await SelfAssessmentData.CountsAsync(factory));
        var cumbria = await factory.ForceIdAsync("cumbria");
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            await db.Assessments.Where(a => a.ForceId == cumbria && a.Status == AssessmentStatus.InProgress)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, AssessmentStatus.Completed).SetProperty(a => a.CompletedOn, today));
        }

        var started = await head.PostFormAsync("/SelfAssessment/Manage/Start", new(Date("Input.StartedOn", today)) { ["Input.Title"] = "Review after the new gifts policy" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var assessmentId = int.Parse(started.Headers.Location!.ToString().Split('/').Last());
        int answerId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            answerId = await db.AssessmentAnswers.Where(a => a.AssessmentId == assessmentId).OrderBy(a => a.TemplateItem!.Number).Select(a => a.Id).FirstAsync();
        }

        var noRating = await PortalClient.ParseAsync(await head.PostFormAsync($"/SelfAssessment/Manage/Rate/{answerId}", new() { ["Input.Evidence"] = "The policy of May 2026" }));
        Assert.Equal("Select whether the force meets the item", noRating.FieldError("Input_Rating"));
        Assert.Equal("The policy of May 2026", noRating.QuerySelector("#Input_Evidence")!.TextContent.Trim());
        var rated = await head.PostFormAsync($"/SelfAssessment/Manage/Rate/{answerId}", new() { ["Input.Rating"] = "NotMet", ["Input.Evidence"] = "No press log kept", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);

        var unknownOwner = await PortalClient.ParseAsync(await head.PostFormAsync($"/SelfAssessment/Manage/AddAction/{answerId}",
            new(Date("Input.DueOn", today.AddDays(30))) { ["Input.Description"] = "Keep a press log", ["Input.Owner"] = "NO-SUCH" }));
        Assert.Equal("No one in the force has the number NO-SUCH", unknownOwner.FieldError("Input_Owner"));
        Assert.Equal("Keep a press log", unknownOwner.QuerySelector("#Input_Description")!.TextContent.Trim());
        var noDate = await PortalClient.ParseAsync(await head.PostFormAsync($"/SelfAssessment/Manage/AddAction/{answerId}", new() { ["Input.Description"] = "X", ["Input.Owner"] = "X" }));
        Assert.Equal("Enter the due date", noDate.FieldError("Input_DueOn"));

        var view = await head.GetPageAsync($"/SelfAssessment/View/{assessmentId}");
        Assert.Equal("Not met", view.QuerySelector("#item-1 .govuk-tag")!.TextContent);
        Assert.Contains("No press log kept", view.QuerySelector("#item-1")!.TextContent);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.False(await check.AssessmentActions.AnyAsync(a => a.Answer!.AssessmentId == assessmentId));
    }

    [Fact]
    public async Task AnActionsOwner_SeesItOverdueAtHome_AndReportsProgressUntilItIsCompleted()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (_, answerId, _, _) = await SelfAssessmentData.OfAsync(factory, "cumbria");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var owner = await SelfAssessmentData.NumberOfAsync(factory, "officer.cumbria");
        var today = UkTime.Today(TimeProvider.System);

        var added = await head.PostFormAsync($"/SelfAssessment/Manage/AddAction/{answerId}",
            new(Date("Input.DueOn", today.AddDays(-1))) { ["Input.Description"] = "Review the media policy", ["Input.Owner"] = owner });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        int actionId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            actionId = await db.AssessmentActions.Where(a => a.Description == "Review the media policy").Select(a => a.Id).SingleAsync();
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Contains((await officer.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == $"/SelfAssessment/Action/{actionId}");
        Assert.Contains((await head.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == "/SelfAssessment");
        var page = await officer.GetPageAsync($"/SelfAssessment/Action/{actionId}");
        Assert.Equal("Overdue", page.QuerySelector("#action-status .govuk-tag")!.TextContent);
        var version = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var nothing = await PortalClient.ParseAsync(await officer.PostFormAsync($"/SelfAssessment/Action/{actionId}", new() { ["Input.Status"] = "Open", ["Input.Version"] = version }));
        Assert.Equal("Enter a progress note, or choose a new status", nothing.FieldError("Input_Note"));
        var progressed = await officer.PostFormAsync($"/SelfAssessment/Action/{actionId}", new() { ["Input.Status"] = "Completed", ["Input.Note"] = "Policy rewritten and published", ["Input.Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, progressed.StatusCode);
        var done = await officer.GetPageAsync($"/SelfAssessment/Action/{actionId}");
        Assert.Equal("Action completed.", done.QuerySelector("#confirmation")!.TextContent.Trim());
        Assert.Contains("Policy rewritten and published", done.QuerySelector("#notes")!.TextContent);
        Assert.DoesNotContain("officer.cumbria", done.QuerySelector("#notes")!.TextContent);
        Assert.Null(done.QuerySelector("#save"));
        Assert.DoesNotContain((await officer.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == $"/SelfAssessment/Action/{actionId}");

        // Someone else of the force, neither owner nor reader, is refused.
        var staff = await PortalClient.SignInAsync(factory, "staff.cumbria");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/SelfAssessment/Action/{actionId}")).StatusCode);
    }

    [Fact]
    public async Task AnAssessmentWithItemsToRate_CannotBeCompleted_AndTheCompletedOneComparesAndDownloads()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (current, _, _, completed) = await SelfAssessmentData.OfAsync(factory, "warwickshire");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.warwickshire");

        var page = await head.GetPageAsync($"/SelfAssessment/Manage/Complete/{current}");
        Assert.NotNull(page.QuerySelector("#unrated"));
        var refused = await PortalClient.ParseAsync(await head.PostFormAsync($"/SelfAssessment/Manage/Complete/{current}", new() { ["Version"] = "0" }));
        Assert.Contains(refused.ErrorSummary(), e => e.StartsWith("Rate every item before completing the assessment"));

        var compare = await head.GetPageAsync($"/SelfAssessment/View/{current}");
        var link = compare.QuerySelector("#compare")!.GetAttribute("href")!;
        Assert.Equal($"/SelfAssessment/Compare/{current}?with={completed}", link);
        var comparison = await head.GetPageAsync(link);
        Assert.Matches(@"^\d+ items? ha(s|ve) improved since .+; \d+ (is|are) still not fully met\.$", comparison.QuerySelector("#summary")!.TextContent.Trim());
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(await db.TemplateItems.CountAsync(), comparison.QuerySelectorAll("#comparison tbody tr").Length);
        // Warwickshire's first assessment is fully tracked: every item it did not meet has an action, and each is completed.
        var notMet = await db.AssessmentAnswers.Where(a => a.AssessmentId == completed && a.Rating != ItemRating.Met).Select(a => a.Id).ToListAsync();
        Assert.All(notMet, id => Assert.True(db.AssessmentActions.Any(x => x.AnswerId == id && x.Status == ActionStatus.Completed)));

        var csv = await head.GetAsync($"/SelfAssessment/View/{completed}?handler=Csv");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFFGroup,Item,Question,Rating,Evidence,Action,Owner,Due,Status", text);
        Assert.Contains(",Completed", text);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export && e.EntityType == nameof(Assessment)));
    }
}
