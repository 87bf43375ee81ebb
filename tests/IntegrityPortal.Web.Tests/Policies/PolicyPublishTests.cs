using IntegrityPortal.Web.Infrastructure;
using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.People;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>A policy owner adds a policy and a version, checks the answers and publishes; bad input is answered beside the field.</summary>
public class PolicyPublishTests
{
    private static Dictionary<string, string> VersionForm(string audience = "Officers", string day = "1") => new()
    {
        ["Input.EffectiveOn.Day"] = day, ["Input.EffectiveOn.Month"] = "1", ["Input.EffectiveOn.Year"] = DateTime.UtcNow.AddYears(1).Year.ToString(),
        ["Input.Owner"] = "1003",
        ["Input.WhatChanged"] = "First version.",
        ["Input.WhatItMeansForYou"] = "Declare every use of a corporate card for personal items.",
        ["Input.Text"] = "# Corporate cards\n\n* Business use only\n\n<script>alert('x')</script> [a link](javascript:alert(1))",
        ["Input.Audience"] = audience,
        ["Input.ReadBy.Day"] = "1", ["Input.ReadBy.Month"] = "2", ["Input.ReadBy.Year"] = DateTime.UtcNow.AddYears(1).Year.ToString(),
        ["Input.PassMark"] = "50",
    };

    [Fact]
    public async Task Owner_CreatesAPolicy_AddsAVersionWithAQuestion_AndPublishes_GivingOfficersOnlyATask()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var cumbria = await factory.ForceIdAsync("cumbria");
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");

        var created = await psd.PostFormAsync("/Policies/Manage/Create", new() { ["Input.Title"] = "Corporate card policy", ["Input.Subject"] = "CorporateCards" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var versionPage = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/Policies/Manage/Version/", versionPage);

        var saved = await psd.PostFormAsync(versionPage, VersionForm());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var checkPage = saved.Headers.Location!.OriginalString;
        var versionId = int.Parse(checkPage.Split('/')[^1]);

        var question = await psd.PostFormAsync($"/Policies/Manage/Question/{versionId}", new()
        {
            ["Input.Text"] = "What may a corporate card be used for?",
            ["Input.Option1"] = "Anything, if repaid", ["Input.Option2"] = "Business use only", ["Input.Option3"] = "", ["Input.Option4"] = "",
            ["Input.Correct"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, question.StatusCode);

        var check = await psd.GetPageAsync(checkPage);
        Assert.Contains("Police officers", check.QuerySelector("#answers")!.TextContent);
        Assert.Contains("Business use only (right answer)", check.QuerySelector("#questions")!.TextContent);
        // The text is rendered from Markdown and cleaned: no script and no javascript: link reach the page.
        var text = check.QuerySelector(".app-policy-text")!;
        Assert.NotNull(text.QuerySelector("h2"));
        Assert.Null(text.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", text.InnerHtml);

        var published = await psd.PostFormAsync(checkPage, new());
        Assert.Equal($"/Policies/Manage/Published/{versionId}", published.Headers.Location!.OriginalString);
        var confirmation = await psd.GetPageAsync($"/Policies/Manage/Published/{versionId}");

        await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var officers = await db.People.CountAsync(p => p.ForceId == cumbria && p.IsActive && p.Kind == PersonKind.Officer);
        var tasks = await db.PolicyTasks.Where(t => t.PolicyVersionId == versionId).Include(t => t.Person).ToListAsync();
        Assert.Equal(officers, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(PersonKind.Officer, t.Person!.Kind));
        Assert.Contains($"{officers} people have a task", confirmation.QuerySelector("#task-count")!.TextContent);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(PolicyVersion) && e.EntityId == versionId.ToString()
            && e.Action == AuditAction.Transition && e.UserName == "psd.cumbria"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == nameof(Policy) && e.Action == AuditAction.Created && e.UserName == "psd.cumbria"));

        // The officer has the task on their home page; the staff member, outside the audience, has none and cannot confirm.
        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        Assert.Contains((await officer.GetPageAsync("/")).QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == $"/Policies/Read/{versionId}");
        var staff = await PortalClient.SignInAsync(factory, "staff.cumbria");
        var staffHome = await staff.GetPageAsync("/");
        Assert.DoesNotContain(staffHome.QuerySelectorAll("#attention a"), a => a.GetAttribute("href") == $"/Policies/Read/{versionId}");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/Policies/Confirm/{versionId}")).StatusCode);
        Assert.Null((await staff.GetPageAsync($"/Policies/Read/{versionId}")).QuerySelector("#start-confirm"));

        // Published means published: publishing again only shows what was published.
        var again = await psd.PostFormAsync(checkPage, new());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/Policies/Manage/Published/", again.Headers.Location!.OriginalString);
        Assert.Equal(officers, await db.PolicyTasks.CountAsync(t => t.PolicyVersionId == versionId));
    }

    [Fact]
    public async Task AudienceOfChosenRanksOrDepartments_IsWhoGetsTheTask()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var avon = await factory.ForceIdAsync("avon-and-somerset");
        int ranksDraft, departmentsDraft, department;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            department = await db.Departments.Where(d => d.ForceId == avon && d.Name == "Crime Investigation").Select(d => d.Id).SingleAsync();
            ranksDraft = (await PolicyData.DraftAsync(db, "avon-and-somerset", PolicyAudience.Ranks, ranks: $"{(int)PoliceRank.Sergeant}")).Id;
        }

        var head = await PortalClient.SignInAsync(factory, "head-of-psd.avon-and-somerset");
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync($"/Policies/Manage/Check/{ranksDraft}", new())).StatusCode);
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var sergeants = await db.People.CountAsync(p => p.ForceId == avon && p.IsActive && p.Rank == PoliceRank.Sergeant);
            Assert.Equal(sergeants, await db.PolicyTasks.CountAsync(t => t.PolicyVersionId == ranksDraft && t.Person!.Rank == PoliceRank.Sergeant));
            Assert.Equal(sergeants, await db.PolicyTasks.CountAsync(t => t.PolicyVersionId == ranksDraft));
            departmentsDraft = (await PolicyData.DraftAsync(db, "avon-and-somerset", PolicyAudience.Departments, departments: department.ToString())).Id;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync($"/Policies/Manage/Check/{departmentsDraft}", new())).StatusCode);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var detectives = await check.People.CountAsync(p => p.ForceId == avon && p.IsActive && p.DepartmentId == department);
        Assert.True(detectives > 0);
        Assert.Equal(detectives, await check.PolicyTasks.CountAsync(t => t.PolicyVersionId == departmentsDraft && t.Person!.DepartmentId == department));
        Assert.Equal(detectives, await check.PolicyTasks.CountAsync(t => t.PolicyVersionId == departmentsDraft));
    }

    [Fact]
    public async Task BadInput_IsAnsweredBesideTheField_AndNothingIsWritten()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        int policyId, draftId, policies, versions;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            policyId = (await PolicyData.PolicyAsync(db, "cumbria", PolicySubject.MediaRelationships)).Id;
            draftId = (await PolicyData.DraftAsync(db, "cumbria")).Id;
            policies = await db.Policies.CountAsync();
            versions = await db.PolicyVersions.CountAsync();
        }

        var create = await PortalClient.ParseAsync(await psd.PostFormAsync("/Policies/Manage/Create", new() { ["Input.Title"] = " ", ["Input.Subject"] = "Bribes" }));
        Assert.Equal("Enter the policy's title", create.FieldError("Input_Title"));
        Assert.Contains("Enter the policy's title", create.ErrorSummary());
        Assert.NotNull(create.FieldError("Input_Subject"));

        var form = VersionForm(audience: "Departments", day: "32");
        form["Input.Owner"] = "99999";
        form["Input.WhatChanged"] = "";
        form["Input.PassMark"] = "150";
        var version = await PortalClient.ParseAsync(await psd.PostFormAsync($"/Policies/Manage/Version/{policyId}", form));
        Assert.Contains("must be a real date", version.FieldError("Input_EffectiveOn"));
        Assert.Equal("Enter the collar or staff number of someone in the force that keeps the policy", version.FieldError("Input_Owner"));
        Assert.Equal("Enter what changed in this version", version.FieldError("Input_WhatChanged"));
        Assert.Equal("Select the departments that must read it", version.FieldError("Input_Departments"));
        Assert.Equal("Enter the pass mark as a whole number from 1 to 100, like 80", version.FieldError("Input_PassMark"));
        // What was typed is kept.
        Assert.Equal("32", version.QuerySelector("input[name='Input.EffectiveOn.Day']")!.GetAttribute("value"));
        Assert.Equal("99999", version.QuerySelector("input[name='Input.Owner']")!.GetAttribute("value"));

        var question = await PortalClient.ParseAsync(await psd.PostFormAsync($"/Policies/Manage/Question/{draftId}", new()
        {
            ["Input.Text"] = "Which?", ["Input.Option1"] = "A", ["Input.Option2"] = "", ["Input.Option3"] = "", ["Input.Option4"] = "", ["Input.Correct"] = "3",
        }));
        Assert.Equal("Enter option 2", question.FieldError("Input_Option2"));
        Assert.Equal("Option 3 is empty: select an option you have written", question.FieldError("Input_Correct"));

        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal(policies, await check.Policies.CountAsync());
        Assert.Equal(versions, await check.PolicyVersions.CountAsync());
        Assert.Equal("[]", (await check.PolicyVersions.SingleAsync(v => v.Id == draftId)).QuestionsJson);
    }

    [Fact]
    public async Task PublishPressedTwice_ShowsWhatTheFirstDid_AndANewVersionIsWrittenInTheOpenDraft()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int draft, policy;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var version = await PolicyData.DraftAsync(db, "avon-and-somerset");
            (draft, policy) = (version.Id, version.PolicyId);
        }

        var head = await PortalClient.SignInAsync(factory, "head-of-psd.avon-and-somerset");

        // While a draft is open, "new version" opens that draft rather than starting a second one.
        var newVersion = await head.GetAsync($"/Policies/Manage/Version/{policy}");
        Assert.Equal(HttpStatusCode.Redirect, newVersion.StatusCode);
        Assert.Equal($"/Policies/Manage/Version/{policy}?draft={draft}", newVersion.Headers.Location!.OriginalString);

        var first = await head.PostFormAsync($"/Policies/Manage/Check/{draft}", new());
        var second = await head.PostFormAsync($"/Policies/Manage/Check/{draft}", new());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/Policies/Manage/Published/{draft}", second.Headers.Location!.OriginalString);
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var tasks = await check.PolicyTasks.CountAsync(t => t.PolicyVersionId == draft);
        var avon = await factory.ForceIdAsync("avon-and-somerset");
        Assert.Equal(await check.People.CountAsync(p => p.ForceId == avon && p.IsActive), tasks);
    }

    [Fact]
    public async Task TwoKeepersChangingOneDraft_TheSecondIsToldAndOverwritesNothing()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int draft, policy;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var version = await PolicyData.DraftAsync(db, "cumbria");
            (draft, policy) = (version.Id, version.PolicyId);
        }

        var psd = await PortalClient.SignInAsync(factory, "psd.cumbria");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var url = $"/Policies/Manage/Version/{policy}?draft={draft}";
        // Both open the draft; each form carries the version it was built from.
        var psdPage = await psd.GetPageAsync(url);
        var headPage = await head.GetPageAsync(url);
        Dictionary<string, string> Form(AngleSharp.Html.Dom.IHtmlDocument page, string whatChanged)
        {
            var form = VersionForm(audience: "Everyone");
            form["Input.Owner"] = page.QuerySelector("input[name='Input.Owner']")!.GetAttribute("value")!;
            form["Input.Version"] = page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
            form["Input.WhatChanged"] = whatChanged;
            return form;
        }

        var first = await psd.PostFormAsync(url, Form(psdPage, "The threshold is withdrawn."));
        var second = await PortalClient.ParseAsync(await head.PostFormAsync(url, Form(headPage, "Nothing changed.")));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains(ConcurrencySaving.ChangedBySomeoneElse, second.ErrorSummary());
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        Assert.Equal("The threshold is withdrawn.", (await check.PolicyVersions.SingleAsync(v => v.Id == draft)).WhatChanged);
    }
}
