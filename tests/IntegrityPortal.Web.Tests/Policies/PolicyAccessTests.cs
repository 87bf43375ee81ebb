using System.Net;
using IntegrityPortal.Core.Policies;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.PolicyLibrary;

/// <summary>Who opens which policy page: roles, forces and the alliance's shared policy.</summary>
public class PolicyAccessTests
{
    [Theory]
    [InlineData("officer.cumbria", "/Policies/Manage/Create")]
    [InlineData("manager.cumbria", "/Policies/Manage/Version/1")]
    [InlineData("press-office.cumbria", "/Policies/Manage/Compliance/1")]
    [InlineData("procurement.cumbria", "/Policies/Manage/Check/1")]
    [InlineData("pcc.cumbria", "/Policies/Manage/Question/1")]
    [InlineData("inspector", "/Policies/Manage/Published/1")]
    [InlineData("pcc.cumbria", "/Policies/Confirm/1")]
    public async Task WrongRoles_AreRefused(string user, string url)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var client = await PortalClient.SignInAsync(factory, user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync(url, new() { ["Input.Title"] = "X" })).StatusCode);
    }

    [Fact]
    public async Task AllianceSharedPolicy_IsReadByBothAllianceForces_AndNoOther()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int policyId, versionId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var shared = await db.Policies.Include(p => p.Versions).Include(p => p.Forces).SingleAsync(p => p.SharedWithAlliance);
            policyId = shared.Id;
            versionId = shared.Versions.Max(v => v.Id);
            Assert.Equal(2, shared.Forces.Count);
        }

        foreach (var user in new[] { "officer.warwickshire", "officer.west-mercia" })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            var library = await client.GetPageAsync("/Policies");
            Assert.Contains(library.QuerySelectorAll("#policies a"), a => a.GetAttribute("href") == $"/Policies/View/{policyId}");
            Assert.Contains("Alliance media relationships policy", (await client.GetPageAsync($"/Policies/Read/{versionId}")).QuerySelector("h1")!.TextContent);
        }

        foreach (var user in new[] { "officer.cumbria", "psd.thames-valley" })
        {
            var client = await PortalClient.SignInAsync(factory, user);
            Assert.DoesNotContain((await client.GetPageAsync("/Policies")).QuerySelectorAll("#policies a"), a => a.GetAttribute("href") == $"/Policies/View/{policyId}");
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Policies/View/{policyId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Policies/Read/{versionId}")).StatusCode);
        }

        // West Mercia's people were given the task with Warwickshire's; a partner force's DCC reads the policy but does not keep it.
        await using var check = TestDatabase.OpenAsSystem(factory.DatabasePath);
        var westMercia = await factory.ForceIdAsync("west-mercia");
        Assert.True(await check.PolicyTasks.AnyAsync(t => t.PolicyVersionId == versionId && t.ForceId == westMercia));
        var dcc = await PortalClient.SignInAsync(factory, "dcc.west-mercia");
        Assert.Equal(HttpStatusCode.NotFound, (await dcc.GetAsync($"/Policies/Manage/Version/{policyId}")).StatusCode);
        Assert.Null((await dcc.GetPageAsync($"/Policies/View/{policyId}")).QuerySelector("#add-version"));
    }

    [Fact]
    public async Task APartnerForcesOwner_SeesTheirCompliance_ButNoDraftOfASharedPolicy()
    {
        await using var factory = await PortalFactory.CreateAsync();
        int policyId, publishedId;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var shared = await db.Policies.Include(p => p.Versions).SingleAsync(p => p.SharedWithAlliance);
            (policyId, publishedId) = (shared.Id, shared.Versions.Max(v => v.Id));
            var latest = shared.Versions.MaxBy(v => v.Number)!;
            db.PolicyVersions.Add(new PolicyVersion
            {
                PolicyId = policyId, Number = latest.Number + 1, OwnerId = latest.OwnerId, WhatChanged = "Draft", Text = "# Draft",
                Audience = PolicyAudience.Everyone, EffectiveOn = latest.EffectiveOn, ReadBy = latest.ReadBy, CreatedUtc = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        bool DraftTag(AngleSharp.Html.Dom.IHtmlDocument library) =>
            library.QuerySelectorAll("#policies tr").Single(r => r.QuerySelector($"a[href='/Policies/View/{policyId}']") is not null).TextContent.Contains("Draft version");

        // The alliance's PSD keeps it, and sees the draft.
        var keeper = await PortalClient.SignInAsync(factory, "psd.warwickshire");
        Assert.True(DraftTag(await keeper.GetPageAsync("/Policies")));

        // West Mercia's DCC reads it and sees West Mercia's compliance, but not the draft it cannot open.
        var partner = await PortalClient.SignInAsync(factory, "dcc.west-mercia");
        Assert.False(DraftTag(await partner.GetPageAsync("/Policies")));
        var view = await partner.GetPageAsync($"/Policies/View/{policyId}");
        Assert.Contains(view.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Policies/Manage/Compliance/{publishedId}");
        Assert.DoesNotContain("Draft", view.QuerySelector("main")!.TextContent);
        await partner.GetPageAsync($"/Policies/Manage/Compliance/{publishedId}");
    }

    [Fact]
    public async Task OldVersions_StayReadable_AndSayWhichIsCurrent()
    {
        await using var factory = await PortalFactory.CreateAsync();
        PolicyVersion first, second;
        await using (var db = TestDatabase.OpenAsSystem(factory.DatabasePath))
        {
            var policy = await PolicyData.PolicyAsync(db, "cumbria", PolicySubject.GiftsAndHospitality);
            first = policy.Versions.Single(v => v.Number == 1);
            second = policy.Versions.Single(v => v.Number == 2);
        }

        var officer = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var old = await officer.GetPageAsync($"/Policies/Read/{first.Id}");
        var current = await officer.GetPageAsync($"/Policies/Read/{second.Id}");

        Assert.Contains("£25 or more", old.QuerySelector("#policy-text")!.TextContent);
        Assert.Contains("earlier version", old.QuerySelector(".govuk-warning-text")!.TextContent);
        Assert.Null(current.QuerySelector(".govuk-warning-text"));
        Assert.Equal("You must now declare every offer, whatever its value.", current.QuerySelector("#what-it-means")!.TextContent.Trim());
        Assert.NotNull(current.QuerySelector("#policy-text h2"));
        Assert.Single(current.QuerySelectorAll("h1"));
    }
}
