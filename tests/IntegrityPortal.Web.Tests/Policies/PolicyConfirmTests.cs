using System.Net;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>
/// Thames Valley's officer has not confirmed the current gifts policy (two questions, all to be
/// answered correctly). Only a pass confirms; a failed attempt is recorded and names the
/// questions to revisit, never the answers.
/// </summary>
public class PolicyConfirmTests
{
    [Fact]
    public async Task AFailedCheck_IsRecorded_NamesTheQuestionsToRevisit_AndDoesNotConfirm_ThenAPassConfirms()
    {
        await using var factory = await PortalFactory.CreateAsync();
        PolicyVersion version;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            version = await PolicyData.CurrentGiftsVersionAsync(db, "thames-valley");
        }

        var questions = version.Questions;
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var home = await officer.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == $"/Policies/Read/{version.Id}");
        var form = await officer.GetPageAsync($"/Policies/Confirm/{version.Id}");
        Assert.Equal(questions[0].Options.Count, form.QuerySelectorAll("input[name='Answers[0]']").Length);

        // The first right, the second wrong, "I have read and understood" ticked.
        var wrong = (questions[1].Correct + 1) % questions[1].Options.Count;
        var failed = await officer.PostFormAsync($"/Policies/Confirm/{version.Id}", new()
        {
            ["Answers[0]"] = questions[0].Correct.ToString(), ["Answers[1]"] = wrong.ToString(), ["Understood"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var page = await PortalClient.ParseAsync(failed);
        Assert.Contains(page.ErrorSummary(), e => e.Contains("You answered 1 of 2 correctly and needed 2") && e.Contains("answer question 2 again"));
        Assert.NotNull(page.FieldError("Answers_1_"));
        Assert.Null(page.FieldError("Answers_0_"));
        // Nothing on the page says which option is right.
        Assert.DoesNotContain(questions[1].Options[questions[1].Correct], string.Join(" ", page.ErrorSummary()));
        Assert.Empty(page.QuerySelectorAll("input[type=radio][checked]"));

        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var task = await db.PolicyTasks.SingleAsync(t => t.PolicyVersionId == version.Id && t.Person!.Number == "1007");
            Assert.Null(task.ConfirmedUtc);
            Assert.Equal(1, task.Attempts);
            var attempt = await db.PolicyAttempts.SingleAsync(a => a.PolicyTaskId == task.Id);
            Assert.False(attempt.Passed);
            Assert.Equal(1, attempt.Correct);
        }

        var passed = await officer.PostFormAsync($"/Policies/Confirm/{version.Id}", new()
        {
            ["Answers[0]"] = questions[0].Correct.ToString(), ["Answers[1]"] = questions[1].Correct.ToString(), ["Understood"] = "true",
        });
        Assert.Equal($"/Policies/Read/{version.Id}", passed.Headers.Location!.OriginalString);
        Assert.NotNull((await officer.GetPageAsync($"/Policies/Read/{version.Id}")).QuerySelector("#confirmed"));
        Assert.DoesNotContain((await officer.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == $"/Policies/Read/{version.Id}");

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var confirmed = await check.PolicyTasks.SingleAsync(t => t.PolicyVersionId == version.Id && t.Person!.Number == "1007");
        Assert.NotNull(confirmed.ConfirmedUtc);
        Assert.Equal(2, confirmed.Attempts);
        Assert.Equal(2, await check.PolicyAttempts.CountAsync(a => a.PolicyTaskId == confirmed.Id));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.EntityType == nameof(PolicyTask) && e.EntityId == confirmed.Id.ToString() && e.UserName == "officer.thames-valley"));
    }

    [Fact]
    public async Task WithoutTheBoxTickedOrAnAnswer_NothingIsRecorded()
    {
        await using var factory = await PortalFactory.CreateAsync();
        PolicyVersion version;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            version = await PolicyData.CurrentGiftsVersionAsync(db, "thames-valley");
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var response = await officer.PostFormAsync($"/Policies/Confirm/{version.Id}", new()
        {
            ["Answers[0]"] = version.Questions[0].Correct.ToString(), ["Answers[1]"] = "7",
        });
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Select an answer to question 2", page.FieldError("Answers_1_"));
        Assert.Equal("Confirm that you have read and understood the policy", page.FieldError("Understood"));
        // The question with the error names it for screen readers; the answered one names nothing.
        var fieldsets = page.QuerySelectorAll("fieldset").Where(f => f.QuerySelector("input[name^='Answers']") is not null).ToList();
        Assert.Null(fieldsets[0].GetAttribute("aria-describedby"));
        Assert.Equal("Answers_1_-error", fieldsets[1].GetAttribute("aria-describedby"));
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var task = await check.PolicyTasks.SingleAsync(t => t.PolicyVersionId == version.Id && t.Person!.Number == "1007");
        Assert.Null(task.ConfirmedUtc);
        Assert.Equal(0, task.Attempts);
        Assert.False(await check.PolicyAttempts.AnyAsync(a => a.PolicyTaskId == task.Id));
    }
}
