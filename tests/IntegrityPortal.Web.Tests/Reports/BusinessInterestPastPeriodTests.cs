using System.Net;
using IntegrityPortal.Core;
using IntegrityPortal.Core.BusinessInterests;
using IntegrityPortal.Testing;
using IntegrityPortal.Web.Tests.BusinessInterests;

namespace IntegrityPortal.Web.Tests.Reports;

/// <summary>
/// Figures for a period that has ended never change afterwards (ADR 0071): business interests
/// are counted from their dated steps, so a withdrawal or an appeal after the period's end shows
/// in the period running now, not in the one that ended.
/// </summary>
public class BusinessInterestPastPeriodTests
{
    private static async Task PostAsync(PortalClient client, string url, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync(url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url} answered {(int)response.StatusCode}: {(await PortalClient.ParseAsync(response)).ErrorSummary().FirstOrDefault()}");
    }

    private static async Task<Dictionary<string, string?>> ReportAsync(PortalClient client, DateOnly from, DateOnly to)
    {
        var page = await client.GetPageAsync($"/Reports/thames-valley/Progress?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        return new[] { "received", "approved", "refused", "withdrawn", "pending", "appeals", "appeals-upheld" }
            .ToDictionary(k => k, k => ProgressReportFiguresTests.Figure(page, $"second-jobs.{k}"));
    }

    /// <summary>The PSD figures page's two rows for Thames Valley: applications, then appeals.</summary>
    private static async Task<(List<string> Applications, List<string> Appeals)> FiguresPageAsync(PortalClient client, DateOnly from, DateOnly to)
    {
        var page = await client.GetPageAsync($"/BusinessInterests/Psd/Figures?From={from:yyyy-MM-dd}&To={to:yyyy-MM-dd}");
        static List<string> Cells(AngleSharp.Dom.IElement row) => [.. row.QuerySelectorAll("td").Select(c => c.TextContent.Trim())];
        return (Cells(page.QuerySelectorAll("#figures tbody tr").Single()), Cells(page.QuerySelectorAll("#appeal-figures tbody tr").Single()));
    }

    [Fact]
    public async Task AWithdrawalAndAnAppealAfterThePeriodEnded_LeaveItsFiguresUnchanged_AndShowInThePeriodRunningNow()
    {
        var clock = new ShiftedClock();
        await using var factory = new PortalFactory(await TestDatabase.CreateCopyAsync(withGifts: false), clock);
        var day = clock.Today();

        // On the period's one day: three applications; one approved, one refused, one still awaiting a decision.
        var officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        var approved = await InterestData.SubmitAsync(officer);
        var refused = await InterestData.SubmitAsync(officer);
        var undecided = await InterestData.SubmitAsync(officer);
        var psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        foreach (var id in new[] { approved, refused })
        {
            await PostAsync(psd, $"/BusinessInterests/Psd/Assess/{id}", new() { ["Input.Rating"] = "Low", ["Input.Reasons"] = "Low", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, id)}" });
        }

        var head = await PortalClient.SignInAsync(factory, "head-of-psd.thames-valley");
        await PostAsync(head, $"/BusinessInterests/Decisions/Decide/{approved}", new() { ["Input.Outcome"] = "Approved", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, approved)}" });
        await PostAsync(head, $"/BusinessInterests/Decisions/Decide/{refused}", new() { ["Input.Outcome"] = "Refused", ["Input.Text"] = "Conflicts with duties", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, refused)}" });

        var pcc = await PortalClient.SignInAsync(factory, "pcc.thames-valley");
        var atTheEnd = await ReportAsync(pcc, day, day);
        var pageAtTheEnd = await FiguresPageAsync(psd, day, day);
        Assert.Equal(new Dictionary<string, string?>
        {
            ["received"] = "3", ["approved"] = "1", ["refused"] = "1", ["withdrawn"] = "0", ["pending"] = "1", ["appeals"] = "0", ["appeals-upheld"] = "0",
        }, atTheEnd);

        // The next day, after the period ended: the undecided application is withdrawn, and the
        // refusal is appealed and the appeal upheld.
        clock.Shift = TimeSpan.FromDays(1);
        officer = await PortalClient.SignInAsync(factory, "officer.thames-valley");
        await PostAsync(officer, $"/BusinessInterests/Applications/View/{undecided}?handler=Withdraw", new() { ["Input.Text"] = "The offer fell through", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, undecided)}" });
        await PostAsync(officer, $"/BusinessInterests/Applications/View/{refused}?handler=Appeal", new() { ["Input.Text"] = "I will work outside the force area", ["Input.Version"] = $"{await InterestData.VersionAsync(factory, refused)}" });
        var dcc = await PortalClient.SignInAsync(factory, "dcc.thames-valley");
        await PostAsync(dcc, $"/BusinessInterests/Decisions/Appeal/{refused}", new()
        {
            ["Input.Outcome"] = "Upheld", ["Input.Reasons"] = "Outside the force area the risk is low", ["Input.Conditions"] = "",
            ["Input.Version"] = $"{await InterestData.VersionAsync(factory, refused)}",
        });
        var done = await InterestData.LoadAsync(factory, refused);
        Assert.Equal(InterestStatus.Approved, done.Status);
        Assert.Equal(InterestStatus.Withdrawn, (await InterestData.LoadAsync(factory, undecided)).Status);

        pcc = await PortalClient.SignInAsync(factory, "pcc.thames-valley");
        psd = await PortalClient.SignInAsync(factory, "psd.thames-valley");
        Assert.Equal(atTheEnd, await ReportAsync(pcc, day, day));
        var pageAfter = await FiguresPageAsync(psd, day, day);
        Assert.Equal(pageAtTheEnd.Applications, pageAfter.Applications);
        Assert.Equal(pageAtTheEnd.Appeals, pageAfter.Appeals);

        // The period running now, from the same first day to today, shows what happened since.
        Assert.Equal(new Dictionary<string, string?>
        {
            ["received"] = "3", ["approved"] = "1", ["refused"] = "1", ["withdrawn"] = "1", ["pending"] = "0", ["appeals"] = "1", ["appeals-upheld"] = "1",
        }, await ReportAsync(pcc, day, day.AddDays(1)));
        var now = await FiguresPageAsync(psd, day, day.AddDays(1));
        Assert.Equal(["3", "1", "0", "1", "1", "0"], now.Applications);
        Assert.Equal(["1", "1", "0", "0"], now.Appeals);
    }
}
