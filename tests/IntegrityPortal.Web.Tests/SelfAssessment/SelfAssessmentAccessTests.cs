using System.Net;
using IntegrityPortal.Testing;

namespace IntegrityPortal.Web.Tests.SelfAssessments;

/// <summary>Who opens which self-assessment page: the writers, the readers, an action's owner, and other forces.</summary>
public class SelfAssessmentAccessTests
{
    [Theory]
    [InlineData("officer.cumbria")]
    [InlineData("psd.cumbria")]
    [InlineData("press-office.cumbria")]
    [InlineData("procurement.cumbria")]
    [InlineData("admin.cumbria")]
    public async Task WrongRoles_AreRefusedEveryPage(string user)
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (assessment, answer, action, completed) = await SelfAssessmentData.OfAsync(factory, "cumbria");
        var client = await PortalClient.SignInAsync(factory, user);
        var counts = await SelfAssessmentData.CountsAsync(factory);

        foreach (var url in new[] { "/SelfAssessment", $"/SelfAssessment/View/{assessment}", $"/SelfAssessment/Compare/{assessment}?with={completed}",
                     "/SelfAssessment/Manage/Start", $"/SelfAssessment/Manage/Rate/{answer}", $"/SelfAssessment/Manage/AddAction/{answer}",
                     $"/SelfAssessment/Manage/Complete/{assessment}", $"/SelfAssessment/Action/{action}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/SelfAssessment/Action/{action}", new() { ["Input.Status"] = "Completed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/SelfAssessment/Manage/Rate/{answer}", new() { ["Input.Rating"] = "Met" })).StatusCode);
        Assert.Equal(counts, await SelfAssessmentData.CountsAsync(factory));
    }

    [Fact]
    public async Task ThePccAndTheInspectorRead_ButOnlyTheHeadOfPsdAndTheDccWrite()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (assessment, answer, action, completed) = await SelfAssessmentData.OfAsync(factory, "cumbria");

        foreach (var reader in new[] { "pcc.cumbria", "inspector" })
        {
            var client = await PortalClient.SignInAsync(factory, reader);
            Assert.Contains((await client.GetPageAsync("/SelfAssessment")).QuerySelectorAll("#assessments a"), a => a.GetAttribute("href") == $"/SelfAssessment/View/{assessment}");
            var view = await client.GetPageAsync($"/SelfAssessment/View/{assessment}");
            Assert.NotNull(view.QuerySelector("#item-1"));
            Assert.Empty(view.QuerySelectorAll("a[href^='/SelfAssessment/Manage/']"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/SelfAssessment/Compare/{assessment}?with={completed}")).StatusCode);
            Assert.Null((await client.GetPageAsync($"/SelfAssessment/Action/{action}")).QuerySelector("form[method='post'] #save"));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/SelfAssessment/Manage/Rate/{answer}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFormAsync($"/SelfAssessment/Action/{action}", new() { ["Input.Status"] = "Completed" })).StatusCode);
        }

        foreach (var writer in new[] { "head-of-psd.cumbria", "dcc.cumbria" })
        {
            var client = await PortalClient.SignInAsync(factory, writer);
            Assert.NotEmpty((await client.GetPageAsync($"/SelfAssessment/View/{assessment}")).QuerySelectorAll("a[href^='/SelfAssessment/Manage/Rate/']"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/SelfAssessment/Manage/Rate/{answer}")).StatusCode);
        }
    }

    [Fact]
    public async Task AnotherForcesAssessment_IsNotFound_ForEveryPage()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (assessment, answer, action, completed) = await SelfAssessmentData.OfAsync(factory, "thames-valley");
        var cumbria = await SelfAssessmentData.OfAsync(factory, "cumbria");
        var client = await PortalClient.SignInAsync(factory, "head-of-psd.cumbria");
        var counts = await SelfAssessmentData.CountsAsync(factory);

        foreach (var url in new[] { $"/SelfAssessment/View/{assessment}", $"/SelfAssessment/Compare/{assessment}?with={completed}",
                     $"/SelfAssessment/Compare/{cumbria.Assessment}?with={completed}", $"/SelfAssessment/Manage/Rate/{answer}",
                     $"/SelfAssessment/Manage/AddAction/{answer}", $"/SelfAssessment/Manage/Complete/{assessment}", $"/SelfAssessment/Action/{action}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync($"/SelfAssessment/Manage/Rate/{cumbria.Answer}", new() { ["Input.Rating"] = "Met" },
            $"/SelfAssessment/Manage/Rate/{answer}")).StatusCode);
        Assert.Equal(counts, await SelfAssessmentData.CountsAsync(factory));
        Assert.DoesNotContain((await client.GetPageAsync("/SelfAssessment")).QuerySelectorAll("#assessments a"), a => a.GetAttribute("href") == $"/SelfAssessment/View/{assessment}");
    }

    [Fact]
    public async Task TheAlliancesHeadOfPsd_ReadsThePartnerForcesAssessment_ButDoesNotWriteIt()
    {
        await using var factory = await PortalFactory.CreateAsync();
        var (assessment, answer, action, _) = await SelfAssessmentData.OfAsync(factory, "west-mercia");
        var head = await PortalClient.SignInAsync(factory, "head-of-psd.warwickshire");
        var counts = await SelfAssessmentData.CountsAsync(factory);

        var view = await head.GetPageAsync($"/SelfAssessment/View/{assessment}");
        Assert.NotNull(view.QuerySelector("#item-1"));
        Assert.Empty(view.QuerySelectorAll("a[href^='/SelfAssessment/Manage/']"));
        Assert.Null((await head.GetPageAsync($"/SelfAssessment/Action/{action}")).QuerySelector("#save"));
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/SelfAssessment/Manage/Rate/{answer}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/SelfAssessment/Manage/Complete/{assessment}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostFormAsync($"/SelfAssessment/Action/{action}", new() { ["Input.Status"] = "Completed", ["Input.Version"] = "0" })).StatusCode);
        Assert.Equal(counts, await SelfAssessmentData.CountsAsync(factory));
    }
}
