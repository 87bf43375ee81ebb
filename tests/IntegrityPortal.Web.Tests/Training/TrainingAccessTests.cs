using System.Net;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.TrainingRegister;

/// <summary>Who opens which training page: the recorders' roles, and the forces they serve.</summary>
public class TrainingAccessTests
{
    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("manager.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("procurement.cumbria")]
    [InlineData("dcc.cumbria")]
    [InlineData("pcc.cumbria")]
    [InlineData("inspector")]
    public async Task WrongRoles_AreRefusedEveryRecordersPage(string user)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var course = await TrainingData.CourseAsync(factory, "cumbria", CourseKind.Integrity);
        var session = await TrainingData.SessionOfAsync(factory, course.Id);
        var client = await PortalClient.SignInAsync(factory, user);

        foreach (var url in new[] { "/Training/Courses", "/Training/Courses/Add", $"/Training/Courses/View/{course.Id}",
                     $"/Training/Courses/People/{course.Id}", $"/Training/Sessions/Add/{course.Id}", $"/Training/Sessions/View/{session}", "/Training/Import",
                     $"/Training/Courses/Added/{course.Id}", $"/Training/Sessions/Added/{session}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/Training/Sessions/View/{session}", new() { ["Input.Attended"] = "1" })).StatusCode);
    }

    [Fact]
    public async Task AnotherForcesCourses_AreNotFound_ButTheAlliancesAreShared()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var thamesValley = await TrainingData.CourseAsync(factory, "thames-valley", CourseKind.Integrity);
        var westMercia = await TrainingData.CourseAsync(factory, "west-mercia", CourseKind.Integrity);
        var session = await TrainingData.SessionOfAsync(factory, thamesValley.Id);
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var counts = await TrainingData.CountsAsync(factory);

        foreach (var url in new[] { $"/Training/Courses/View/{thamesValley.Id}", $"/Training/Courses/People/{thamesValley.Id}",
                     $"/Training/Sessions/Add/{thamesValley.Id}", $"/Training/Sessions/View/{session}",
                     $"/Training/Courses/Added/{thamesValley.Id}", $"/Training/Sessions/Added/{session}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await psd.GetAsync(url)).StatusCode);
        }

        var own = await TrainingData.CourseAsync(factory, "cumbria", CourseKind.Integrity);
        var posted = await psd.PostFormAsync($"/Training/Sessions/Add/{own.Id}",
            new() { ["Input.HeldOn.Day"] = "1", ["Input.HeldOn.Month"] = "1", ["Input.HeldOn.Year"] = "2025", ["Input.Trainer"] = "X" },
            $"/Training/Sessions/Add/{thamesValley.Id}");
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(counts, await TrainingData.CountsAsync(factory));
        Assert.DoesNotContain((await psd.GetPageAsync("/Training/Courses")).QuerySelectorAll("#courses a"), a => a.GetAttribute("href") == $"/Training/Courses/View/{thamesValley.Id}");

        // The alliance's PSD serves both forces; the force's administrator serves only their own.
        var alliance = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.Contains((await alliance.GetPageAsync("/Training/Courses")).QuerySelectorAll("#courses a"), a => a.GetAttribute("href") == $"/Training/Courses/View/{westMercia.Id}");
        Assert.Equal(HttpStatusCode.OK, (await alliance.GetAsync($"/Training/Courses/People/{westMercia.Id}")).StatusCode);
        var admin = await PortalClient.SignInAsync(factory, "admin.warwickshire");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Training/Courses/View/{westMercia.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Training/Courses")).StatusCode);
    }

    [Fact]
    public async Task TheNationalAdministrator_ReadsEveryForcesRegister_ButRecordsNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var course = await TrainingData.CourseAsync(factory, "thames-valley", CourseKind.Integrity);
        var session = await TrainingData.SessionOfAsync(factory, course.Id);
        var number = await TrainingData.NumberOfAsync(factory, "officer.thames-valley");
        var admin = await PortalClient.SignInAsync(factory, "admin");
        var counts = await TrainingData.CountsAsync(factory);

        var coursePage = await admin.GetPageAsync($"/Training/Courses/View/{course.Id}");
        var sessionPage = await admin.GetPageAsync($"/Training/Sessions/View/{session}");

        Assert.NotNull(coursePage.QuerySelector("#coverage"));
        Assert.Null(coursePage.QuerySelector("#add-session"));
        Assert.Null(sessionPage.QuerySelector("#add-attendance"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/Training/Sessions/Add/{course.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostFormAsync($"/Training/Sessions/View/{session}", new() { ["Input.Attended"] = number })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostFormAsync($"/Training/Sessions/Add/{course.Id}", new()
        {
            ["Input.HeldOn.Day"] = "1", ["Input.HeldOn.Month"] = "3", ["Input.HeldOn.Year"] = "2026", ["Input.Trainer"] = "X", ["Input.Attended"] = number,
        }, "/Training/Sessions/Add/" + course.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/Training/Courses/Add")).StatusCode);
        // Nor does it open the confirmations that follow recording.
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/Training/Courses/Added/{course.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/Training/Sessions/Added/{session}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/Training/Import")).StatusCode);
        Assert.Equal(counts, await TrainingData.CountsAsync(factory));
    }
}
