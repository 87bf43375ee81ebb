using System.Net;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.TrainingRegister;

/// <summary>Importing attendance from a CSV file: all or nothing, every bad row listed, and the same file twice changes nothing.</summary>
public class TrainingImportTests
{
    private const string Header = "Course,Date,Trainer,Collar or staff number";

    [Fact]
    public async Task AFileWithBadRows_WritesNothing_AndListsEveryBadRowWithItsLine()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var officer = await TrainingData.NumberOfAsync(factory, "officer.cumbria");
        var counts = await TrainingData.CountsAsync(factory);
        var csv = string.Join("\n",
            Header,
            $"Integrity and the Code of Ethics,02/03/2026,PSD prevention team,{officer}",
            $"No such course,02/03/2026,PSD prevention team,{officer}",
            $"Integrity and the Code of Ethics,31/02/2026,PSD prevention team,{officer}",
            "Integrity and the Code of Ethics,02/03/2026,PSD prevention team,NO-SUCH",
            $"integrity and the code of ethics,02/03/2026,PSD prevention team,{officer}",
            $"Integrity and the Code of Ethics,02/03/2099,PSD prevention team,{officer}");

        var page = await PortalClient.ParseAsync(await admin.PostFileAsync("/Training/Import", "Upload", "attendance.csv", csv));

        var problems = page.QuerySelectorAll("#problems tbody tr").Select(r => (Line: r.Children[0].TextContent.Trim(), Problem: r.Children[1].TextContent.Trim())).ToList();
        Assert.Equal(
        [
            ("3", "Course: The force has no course called ‘No such course’"),
            ("4", "Date: Enter the date as day/month/year, like 23/11/2026"),
            ("5", "Collar or staff number: No one in the force has the number NO-SUCH"),
            ("6", "The same person at the same session is on line 2: each attendance must be on one row"),
            ("7", "Date: The date of the session must be today or in the past"),
        ], problems);
        Assert.StartsWith("Nothing was imported: 5 rows have problems", page.FieldError("Upload"));
        Assert.Equal(counts, await TrainingData.CountsAsync(factory));
    }

    [Fact]
    public async Task AGoodFile_AddsItsSessionsAndAttendance_AndImportingItAgainChangesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var officer = await TrainingData.NumberOfAsync(factory, "officer.cumbria");
        var manager = await TrainingData.NumberOfAsync(factory, "manager.cumbria");
        var course = await TrainingData.CourseAsync(factory, "cumbria", CourseKind.Integrity);
        var (courses, sessions, attendances, _) = await TrainingData.CountsAsync(factory);
        var csv = string.Join("\r\n",
            "\uFEFF" + Header,
            $"Integrity and the Code of Ethics,02/03/2026,Ethics Training Ltd,{officer}",
            $"Integrity and the Code of Ethics,02/03/2026,Ethics Training Ltd,{manager}",
            $"Integrity and the Code of Ethics,09/03/2026,Ethics Training Ltd,{manager}",
            "");

        var first = await psd.PostFileAsync("/Training/Import", "Upload", "attendance.csv", csv);
        var afterFirst = await TrainingData.CountsAsync(factory);
        var second = await psd.PostFileAsync("/Training/Import", "Upload", "attendance.csv", csv);
        var register = await psd.GetPageAsync("/Training/Courses");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal((courses, sessions + 2, attendances + 3), (afterFirst.Courses, afterFirst.Sessions, afterFirst.Attendances));
        Assert.Equal(afterFirst, await TrainingData.CountsAsync(factory));
        Assert.Equal("3 rows imported from attendance.csv: 0 added, 0 updated, 3 already recorded as they are.", register.QuerySelector("#confirmation")!.TextContent.Trim());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(2, await check.TrainingAttendances.CountAsync(a => a.Session!.CourseId == course.Id && a.Session.Trainer == "Ethics Training Ltd" && a.Session.HeldOn == new DateOnly(2026, 3, 2)));
    }
}
