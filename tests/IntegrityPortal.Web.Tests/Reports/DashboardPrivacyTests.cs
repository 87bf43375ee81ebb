using System.Net;
using AngleSharp.Html.Dom;
using IntegrityPortal.Core.Gifts;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.SelfAssessment;
using IntegrityPortal.Core.Training;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using static IntegrityPortal.Web.Tests.Reports.DashboardWorld;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>Counts and rates only: no name, reference or free text; small counts of breakdowns suppressed by the force's setting.</summary>
public class DashboardPrivacyTests
{
    [Fact]
    public async Task NoNameReferenceOrFreeText_OfAnyRegister_ReachesTheReportPagesOrTheirDownloads()
    {
        await using var factory = await CreateAsync();
        var planted = await PlantAsync(factory);
        await PlantTrainingAndSelfAssessmentAsync(factory);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            // The canary is in the database: the search below can find what is there.
            Assert.True(await db.People.CountAsync(p => p.FamilyName.Contains(Canary)) >= 3);
            Assert.True(await db.InvestigationLogEntries.AnyAsync(e => e.Text.Contains(Canary)));
            Assert.True(await db.MediaContacts.AnyAsync(c => c.JournalistName.Contains(Canary)));
            Assert.True(await db.ProcurementMatches.AnyAsync(m => m.Reason.Contains(Canary)));
            Assert.True(await db.Policies.AnyAsync(p => p.Title.Contains(Canary)));
            Assert.True(await db.TrainingSessions.AnyAsync(t => t.Trainer.Contains(Canary)));
            Assert.True(await db.AssessmentActions.AnyAsync(a => a.Description.Contains(Canary)));
        }

        // Five declarations, five applications, five contacts, three flags, five cases.
        Assert.Equal(23, planted.References.Count);
        const string period = "from=2030-07-01&to=2030-11-15";
        var documents = new List<(string Who, string Text)>();
        foreach (var (user, url) in new[]
        {
            ("pcc.cumbria", "/Reports/cumbria/Dashboard"), ("dcc.cumbria", "/Reports/cumbria/Dashboard"), ("dcc.cumbria", "/Reports/cumbria/Board"),
            ("head-of-psd.cumbria", "/Reports/cumbria/Board"), ("inspector", "/Reports/cumbria/Board"),
            ("pcc.cumbria", $"/Reports/cumbria/Progress?{period}"), ("pcc.cumbria", $"/Reports/cumbria/Progress?handler=Csv&{period}"),
            ("pcc.cumbria", $"/Reports/cumbria/Progress?handler=Excel&{period}"),
            ("inspector", $"/Reports/National?{period}"), ("inspector", $"/Reports/National?handler=Csv&{period}"),
            ("inspector", $"/Reports/National?handler=Excel&{period}"),
        })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            documents.Add(($"{user} {url}", url.Contains("handler=Excel") ? WorkbookText(bytes) : System.Text.Encoding.UTF8.GetString(bytes)));
        }

        // The pages and downloads do show the figures of the planted records.
        Assert.Contains("Declarations made: up from 2 to 3", documents[0].Text);
        Assert.All(documents, d => Assert.True(d.Text.Length > 1_000, $"{d.Who} is nearly empty"));
        foreach (var (who, text) in documents)
        {
            var at = text.IndexOf(Canary, StringComparison.OrdinalIgnoreCase);
            Assert.False(at >= 0, $"{who} shows the canary: …{(at >= 0 ? text[Math.Max(0, at - 150)..Math.Min(text.Length, at + 60)] : "")}…");
            foreach (var reference in planted.References)
            {
                Assert.False(text.Contains(reference, StringComparison.OrdinalIgnoreCase), $"{who} shows {reference}");
            }
        }
    }

    /// <summary>Every text part of an Excel workbook (cells, shared strings, sheet names), joined.</summary>
    private static string WorkbookText(byte[] workbook)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        var text = new System.Text.StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    /// <summary>
    /// A session with a canary trainer attended by a canary person, and a self-assessment with a
    /// canary action and evidence. The course's title is the force's catalogue, not anyone's record:
    /// the progress report names courses, as HMIC names training programmes.
    /// </summary>
    private static async Task PlantTrainingAndSelfAssessmentAsync(PortalFactory factory)
    {
        await using var db = On(factory, new DateOnly(2030, 10, 20));
        var forceId = await ForceIdAsync(db);
        var officer = await db.People.SingleAsync(p => p.ForceId == forceId && p.GivenName == $"{Canary}officer");
        var course = new Course { ForceId = forceId, Title = "Integrity awareness", Kind = CourseKind.Integrity, Audience = TrainingAudience.Everyone, CreatedUtc = Now.UtcDateTime };
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        var (session, _) = await TrainingRecords.SessionAsync(db, course, new DateOnly(2030, 10, 15), $"{Canary} trainer", default);
        await TrainingRecords.AddAttendanceAsync(db, session, [officer.Id], default);
        var assessment = await new SelfAssessmentWorkflow(db).StartAsync(forceId, $"{Canary} assessment", new DateOnly(2030, 10, 1), default);
        var answer = assessment.Answers[0];
        answer.Evidence = $"{Canary} evidence";
        await new SelfAssessmentWorkflow(db).AddActionAsync(answer, $"{Canary} action", officer.Number, new DateOnly(2030, 12, 31), default);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Breakdown_SmallCountsReadFewerThanTheForcesThreshold_AndTheThresholdIsTheForceSetting()
    {
        await using var factory = await CreateAsync();
        // This quarter: 6 declarations in Local Policing, 5 in Crime Investigation, 3 in PSD.
        foreach (var (department, count) in new[] { ("Local Policing", 6), ("Crime Investigation", 5), ("Professional Standards Department", 3) })
        {
            for (var i = 0; i < count; i++)
            {
                var index = i;
                await DeclareAsync(factory, db => PersonInAsync(db, department, index), new DateOnly(2030, 10, 10 + i), new DateOnly(2030, 10, 1), OfferOutcome.Declined, 10_00);
            }
        }

        var pcc = await PortalClient.SignInAsync(factory, "pcc.cumbria");
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var settingsUrl = $"/Admin/Forces/Settings/{await factory.ForceIdAsync(Force)}";

        var byDefault = await pcc.GetPageAsync("/Reports/cumbria/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(settingsUrl, await SettingsFormAsync(admin, settingsUrl, "3"))).StatusCode);
        var threshold3 = await pcc.GetPageAsync("/Reports/cumbria/Dashboard");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(settingsUrl, await SettingsFormAsync(admin, settingsUrl, "7"))).StatusCode);
        var threshold7 = await pcc.GetPageAsync("/Reports/cumbria/Dashboard");

        // By default (5): PSD's 3 is small; Crime Investigation's 5, the next smallest, is hidden so the total cannot give PSD's away.
        Assert.Equal(["Crime Investigation | not shown", "Local Policing | 6", "Professional Standards Department | fewer than 5", "All | 14"], Rows(byDefault, "gifts-by-department"));
        Assert.Equal(["Crime Investigation | 5", "Local Policing | 6", "Professional Standards Department | 3", "All | 14"], Rows(threshold3, "gifts-by-department"));
        Assert.Equal(["Crime Investigation | fewer than 7", "Local Policing | fewer than 7", "Professional Standards Department | fewer than 7", "All | 14"], Rows(threshold7, "gifts-by-department"));
        Assert.Contains("fewer than 7", threshold7.QuerySelector("#gifts")!.TextContent);
        // The quarter's own figure is the force's total, not a breakdown: shown.
        Assert.Equal("14", DashboardWorld.Row(threshold7, "gifts-declarations", "2030-4")[0]);
    }

    [Theory]
    [InlineData("2", "The smallest count shown must be between 3 and 20")]
    [InlineData("21", "The smallest count shown must be between 3 and 20")]
    [InlineData("", "Enter the smallest count shown in a breakdown, a whole number from 3 to 20")]
    [InlineData("five", "Enter a valid smallest count shown")]
    public async Task Threshold_BadValue_IsAnsweredBesideTheField_KeptAsTyped_AndNothingIsSaved(string typed, string message)
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin.cumbria");
        var url = $"/Admin/Forces/Settings/{await factory.ForceIdAsync("cumbria")}";

        var response = await admin.PostFormAsync(url, await SettingsFormAsync(admin, url, typed));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.FieldError("Input_DashboardSmallCountThreshold"));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Equal(typed, page.QuerySelector("#Input_DashboardSmallCountThreshold")!.GetAttribute("value") ?? string.Empty);
        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(5, await db.ForceSettings.Where(s => s.Force!.Code == "cumbria").Select(s => s.DashboardSmallCountThreshold).SingleAsync());
    }

    [Fact]
    public async Task Threshold_IsShownOnTheSettingsPage_AndSavedWithAnAuditEvent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var admin = await PortalClient.SignInAsync(factory, "admin");
        var url = $"/Admin/Forces/Settings/{await factory.ForceIdAsync("cumbria")}";

        Assert.Equal("5", (await admin.GetPageAsync(url)).QuerySelector("#Input_DashboardSmallCountThreshold")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, await SettingsFormAsync(admin, url, "10"))).StatusCode);

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(10, await db.ForceSettings.Where(s => s.Force!.Code == "cumbria").Select(s => s.DashboardSmallCountThreshold).SingleAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(Core.Forces.ForceSettings) && e.Action == Core.Auditing.AuditAction.Changed));
    }

    /// <summary>The settings form as the page gives it, with the threshold typed in.</summary>
    private static async Task<Dictionary<string, string>> SettingsFormAsync(PortalClient admin, string url, string threshold)
    {
        var page = await admin.GetPageAsync(url);
        var form = FormValues(page);
        form["Input.DashboardSmallCountThreshold"] = threshold;
        return form;
    }

    private static Dictionary<string, string> FormValues(IHtmlDocument page)
    {
        var form = new Dictionary<string, string>();
        foreach (var input in page.QuerySelectorAll("main form input[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (type is "checkbox" or "radio")
            {
                if (input.HasAttribute("checked"))
                {
                    form[name] = input.GetAttribute("value") ?? "true";
                }
            }
            else if (name != "__RequestVerificationToken")
            {
                form.TryAdd(name, input.GetAttribute("value") ?? string.Empty);
            }
        }

        foreach (var select in page.QuerySelectorAll("main form select[name]"))
        {
            form[select.GetAttribute("name")!] = select.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty;
        }

        return form;
    }

    /// <summary>The n-th person (in id order, wrapping round) of a department of Cumbria.</summary>
    private static async Task<Person> PersonInAsync(Core.Data.IntegrityDbContext db, string department, int index)
    {
        var forceId = await ForceIdAsync(db);
        var people = await db.People.Where(p => p.ForceId == forceId && p.Department!.Name == department).OrderBy(p => p.Id).ToListAsync();
        return people[index % people.Count];
    }
}
