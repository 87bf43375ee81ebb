using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.TrainingRegister;

/// <summary>Recording courses, sessions and attendance through the forms: bad input answered beside the field, and the coverage that moves.</summary>
public class TrainingRecordingTests
{
    [Fact]
    public async Task AddCourse_BadInput_IsAnsweredBesideEachField_KeepsWhatWasTyped_AndWritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var counts = await TrainingData.CountsAsync(factory);

        var empty = await PortalClient.ParseAsync(await psd.PostFormAsync("/Training/Courses/Add", new()));
        var badYears = await PortalClient.ParseAsync(await psd.PostFormAsync("/Training/Courses/Add", new()
        {
            ["Input.Title"] = "Vetting awareness", ["Input.Kind"] = "Vetting", ["Input.Renews"] = "true", ["Input.RenewalYears"] = "0",
            ["Input.Audience"] = "NamedPeople", ["Input.NamedPeople"] = "NO-SUCH-1\nNO-SUCH-2",
        }));
        var duplicate = await PortalClient.ParseAsync(await psd.PostFormAsync("/Training/Courses/Add", new()
        {
            ["Input.Title"] = "Integrity and the Code of Ethics", ["Input.Kind"] = "Integrity", ["Input.Renews"] = "false", ["Input.Audience"] = "Everyone",
        }));

        Assert.Equal("Enter the course's title", empty.FieldError("Input_Title"));
        Assert.Equal("Select what the course is about", empty.FieldError("Input_Kind"));
        Assert.Equal("Select how often people must take it", empty.FieldError("Input_Renews"));
        Assert.Equal("Select who must take it", empty.FieldError("Input_Audience"));
        Assert.Equal($"Enter the number of years as a whole number from 1 to {TrainingRules.MaximumRenewalYears}, like 3", badYears.FieldError("Input_RenewalYears"));
        Assert.Equal("Vetting awareness", badYears.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("NO-SUCH-1\nNO-SUCH-2", badYears.QuerySelector("#Input_NamedPeople")!.TextContent.Trim());
        Assert.Equal("The force already has a course with this title", duplicate.FieldError("Input_Title"));
        Assert.Equal(counts, await TrainingData.CountsAsync(factory));
    }

    [Fact]
    public async Task ACourseForNamedPeople_ASessionAndItsAttendance_MoveTheCoverage_AndTheListsAreAudited()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var officer = await TrainingData.NumberOfAsync(factory, "officer.cumbria");
        var manager = await TrainingData.NumberOfAsync(factory, "manager.cumbria");

        var unknownNumber = await PortalClient.ParseAsync(await psd.PostFormAsync("/Training/Courses/Add", new()
        {
            ["Input.Title"] = "Vetting awareness", ["Input.Kind"] = "Vetting", ["Input.Renews"] = "true", ["Input.RenewalYears"] = "2",
            ["Input.Audience"] = "NamedPeople", ["Input.NamedPeople"] = $"{officer}\nNO-SUCH",
        }));
        var added = await psd.PostFormAsync("/Training/Courses/Add", new()
        {
            ["Input.Title"] = "Vetting awareness", ["Input.Kind"] = "Vetting", ["Input.Renews"] = "true", ["Input.RenewalYears"] = "2",
            ["Input.Audience"] = "NamedPeople", ["Input.NamedPeople"] = $"{officer}\n{manager}",
        });
        Assert.Equal("No one in the force has the number NO-SUCH", unknownNumber.FieldError("Input_NamedPeople"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // The course's confirmation page: the title, who must take it, what comes next; no form.
        var panelUrl = added.Headers.Location!.ToString();
        var courseId = int.Parse(panelUrl.Split('/').Last());
        Assert.Equal($"/Training/Courses/Added/{courseId}", panelUrl);
        var counts = await TrainingData.CountsAsync(factory);
        var panel = await psd.GetPageAsync(panelUrl);
        Assert.Equal("Course added", panel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal("Vetting awareness", panel.QuerySelector("#reference")!.TextContent);
        Assert.Equal("2 named people", panel.QuerySelector("#audience")!.TextContent);
        Assert.Contains("Record each session as it is held", panel.QuerySelector("#next")!.TextContent);
        Assert.Equal($"/Training/Sessions/Add/{courseId}", panel.QuerySelector("#add-session")!.GetAttribute("href"));
        Assert.Null(panel.QuerySelector("main form"));
        // A reload adds no second course.
        Assert.Equal(HttpStatusCode.OK, (await psd.GetAsync(panelUrl)).StatusCode);
        Assert.Equal(counts, await TrainingData.CountsAsync(factory));
        var courseUrl = panel.QuerySelector("#go-to-course")!.GetAttribute("href")!;
        Assert.Equal($"/Training/Courses/View/{courseId}", courseUrl);
        var before = await psd.GetPageAsync(courseUrl);
        Assert.Equal("Every 2 years", before.QuerySelector("#how-often")!.TextContent);
        Assert.Equal("2 named people", before.QuerySelector("#audience")!.TextContent);
        Assert.Equal("Never trained: 2", before.QuerySelector("#list-nevertrained")!.TextContent.Trim());

        var today = DateTime.UtcNow;
        var future = today.AddDays(10);
        var futureSession = await PortalClient.ParseAsync(await psd.PostFormAsync($"/Training/Sessions/Add/{courseId}", new()
        {
            ["Input.HeldOn.Day"] = future.Day.ToString(), ["Input.HeldOn.Month"] = future.Month.ToString(), ["Input.HeldOn.Year"] = future.Year.ToString(),
            ["Input.Trainer"] = "Vetting unit", ["Input.Attended"] = officer,
        }));
        Assert.StartsWith("The date of the session must be today or in the past", futureSession.FieldError("Input_HeldOn"));
        var recorded = await psd.PostFormAsync($"/Training/Sessions/Add/{courseId}", new()
        {
            ["Input.HeldOn.Day"] = today.Day.ToString(), ["Input.HeldOn.Month"] = today.Month.ToString(), ["Input.HeldOn.Year"] = today.Year.ToString(),
            ["Input.Trainer"] = "Vetting unit", ["Input.Attended"] = officer,
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        // The new session's confirmation page: the course, the date, how many attended; no form.
        var sessionPanelUrl = recorded.Headers.Location!.ToString();
        Assert.StartsWith("/Training/Sessions/Added/", sessionPanelUrl);
        counts = await TrainingData.CountsAsync(factory);
        var sessionPanel = await psd.GetPageAsync(sessionPanelUrl);
        Assert.Equal("Session recorded", sessionPanel.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal(Core.UkTime.ToUk(today).ToString("d MMMM yyyy"), sessionPanel.QuerySelector("#reference")!.TextContent);
        Assert.Contains("Vetting awareness", sessionPanel.QuerySelector(".govuk-panel__body")!.TextContent);
        Assert.Equal("1 person", sessionPanel.QuerySelector("#attended-count")!.TextContent);
        Assert.Contains("must take it again 2 years later", sessionPanel.QuerySelector("#next")!.TextContent);
        Assert.Null(sessionPanel.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, (await psd.GetAsync(sessionPanelUrl)).StatusCode);
        Assert.Equal(counts, await TrainingData.CountsAsync(factory));
        var sessionUrl = sessionPanel.QuerySelector("#go-to-session")!.GetAttribute("href")!;
        Assert.Equal(sessionPanelUrl.Replace("/Added/", "/View/"), sessionUrl);

        // The same session recorded again (a second click, a second sheet) is the same session.
        var repeated = await psd.PostFormAsync($"/Training/Sessions/Add/{courseId}", new()
        {
            ["Input.HeldOn.Day"] = today.Day.ToString(), ["Input.HeldOn.Month"] = today.Month.ToString(), ["Input.HeldOn.Year"] = today.Year.ToString(),
            ["Input.Trainer"] = "VETTING UNIT", ["Input.Attended"] = officer.ToLowerInvariant(),
        });
        Assert.Equal(sessionUrl, repeated.Headers.Location!.ToString());
        Assert.EndsWith("was already recorded: 0 people added to it.", (await psd.GetPageAsync(sessionUrl)).QuerySelector("#confirmation")!.TextContent.Trim());

        // Recording the same person again, with the manager, adds only the manager.
        var again = await psd.PostFormAsync(sessionUrl, new() { ["Input.Attended"] = $"{officer}, {manager}" });
        var session = await psd.GetPageAsync(again.Headers.Location!.ToString());
        Assert.Equal("1 person added to the session. 1 was already recorded.", session.QuerySelector("#confirmation")!.TextContent.Trim());
        Assert.Equal(2, session.QuerySelectorAll("#attendance tbody tr").Length);
        Assert.DoesNotContain("cumbria", session.QuerySelector("#attendance")!.TextContent);

        var after = await psd.GetPageAsync(courseUrl);
        Assert.Equal("Up to date: 2", after.QuerySelector("#list-current")!.TextContent.Trim());
        Assert.Equal("Never trained: 0", after.QuerySelector("#list-nevertrained")!.TextContent.Trim());
        var current = await psd.GetPageAsync($"/Training/Courses/People/{courseId}?standing=Current");
        Assert.Equal("2 people", current.QuerySelector("#result-count")!.TextContent.Trim());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.True(await check.AuditEvents.AnyAsync(e => e.Action == AuditAction.Read && e.EntityType == nameof(Course) && e.EntityId == courseId.ToString() && e.Justification!.Contains("Current")));
        Assert.True(await check.AuditEvents.AnyAsync(e => e.Action == AuditAction.Read && e.EntityType == nameof(TrainingSession)));
    }

    [Fact]
    public async Task ACourseForChosenRoles_IsForThePeopleWhoseAccountsHoldThem()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var noRoles = await PortalClient.ParseAsync(await psd.PostFormAsync("/Training/Courses/Add", new()
        {
            ["Input.Title"] = "Media relations for the press office", ["Input.Kind"] = "MediaRelations", ["Input.Renews"] = "false", ["Input.Audience"] = "Roles",
        }));
        var added = await psd.PostFormAsync("/Training/Courses/Add", new()
        {
            ["Input.Title"] = "Media relations for the press office", ["Input.Kind"] = "MediaRelations", ["Input.Renews"] = "false", ["Input.Audience"] = "Roles",
            ["Input.Roles"] = "press-office",
        });

        Assert.Equal("Select the roles whose holders must take it", noRoles.FieldError("Input_Roles"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var panel = await psd.GetPageAsync(added.Headers.Location!.ToString());
        Assert.Equal("People in these roles: Press office", panel.QuerySelector("#audience")!.TextContent);
        var course = await psd.GetPageAsync(panel.QuerySelector("#go-to-course")!.GetAttribute("href")!);
        Assert.Equal("People in these roles: Press office", course.QuerySelector("#audience")!.TextContent);
        Assert.Equal("Never trained: 1", course.QuerySelector("#list-nevertrained")!.TextContent.Trim());
        var press = await PortalClient.SignInAsync(factory, "press-office.cumbria");
        Assert.Contains((await press.GetPageAsync("/Training")).QuerySelectorAll("#my-courses td"), td => td.TextContent == "Media relations for the press office");
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.DoesNotContain((await officer.GetPageAsync("/Training")).QuerySelectorAll("#my-courses td"), td => td.TextContent == "Media relations for the press office");
    }

    [Fact]
    public async Task OwnTraining_ShowsWhereThePersonStands_AndTheHomePageSaysWhenItIsOverdue()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var behind = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var upToDate = await PortalClient.SignInAsync(factory, "officer.cumbria");

        var mine = await behind.GetPageAsync("/Training");
        var integrity = mine.QuerySelectorAll("#my-courses tbody tr").Single(r => r.Children[0].TextContent == "Integrity and the Code of Ethics");
        Assert.Equal("Overdue", integrity.Children[4].TextContent.Trim());
        Assert.Contains((await behind.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == "/Training");

        var theirs = await upToDate.GetPageAsync("/Training");
        Assert.All(theirs.QuerySelectorAll("#my-courses tbody tr"), r => Assert.Equal("Up to date", r.Children[4].TextContent.Trim()));
        Assert.NotEmpty(theirs.QuerySelectorAll("#history tbody tr"));
        Assert.DoesNotContain((await upToDate.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == "/Training");
    }
}
