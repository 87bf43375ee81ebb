using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using IntegrityPortal.Core.Data;
using IntegrityPortal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// Every query a list page sends is planned with an index on the tables that grow with the
/// country: the page is requested through the real app, each SELECT it sends is planned by
/// SQLite (EXPLAIN QUERY PLAN, with the command's own parameters) and no plan may read one of
/// those tables whole. The plans are printed to the test output. This covers the queries as the
/// pages write them today, whoever changes them, where ForceFilterPlanTests (Core.Tests) looks
/// closely at the register's own queries.
/// </summary>
public partial class ListPlansTests
{
    /// <summary>Tables that grow with the number of people and years: a full read of one is national-sized.</summary>
    private static readonly HashSet<string> LargeTables =
    [
        "GiftDeclarations", "GiftDeclarationVersion", "GiftDeclarationStatusChange", "BusinessInterests", "BusinessInterestStep",
        "BusinessInterestVersion", "MediaContacts", "Investigations", "AuditEvents", "People", "UserSessions", "Organisations",
    ];

    public static TheoryData<string, string> Pages => new()
    {
        { "psd.cumbria", "/" },
        { "psd.cumbria", "/Gifts/Register" },
        { "psd.cumbria", "/Audit" },
        { "psd.cumbria", "/Investigations" },
        { "psd.cumbria", "/BusinessInterests/Psd" },
        { "psd.cumbria", "/Media/Office" },
        { "psd.warwickshire", "/" },
        { "psd.warwickshire", "/Gifts/Register" },
        { "psd.warwickshire", "/Audit" },
        { "psd.warwickshire", "/Investigations" },
        { "psd.warwickshire", "/BusinessInterests/Psd" },
        { "manager.cumbria", "/" },
        { "manager.cumbria", "/Gifts/Team" },
        { "manager.cumbria", "/BusinessInterests/Team" },
        { "press-office.cumbria", "/" },
        { "press-office.cumbria", "/Media/Office" },
        { "officer.cumbria", "/" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ListPage_ReadsNoLargeTableWhole(string userName, string url)
    {
        var recorder = new PlanRecorder();
        await using var portal = await PortalFactory.CreateAsync();
        await using var factory = portal.WithInterceptor(recorder);
        var client = await PortalClient.SignInAsync(factory, userName);
        recorder.Plans.Clear(); // sign-in's own queries are not the page's

        await client.GetPageAsync(url);

        AssertNoLargeTableReadWhole(recorder, $"{url} as {userName}");
    }

    [Fact]
    public async Task ProcurementMatchPage_WithItsTimeline_ReadsNoLargeTableWhole()
    {
        var recorder = new PlanRecorder();
        await using var portal = await PortalFactory.CreateAsync();
        var cumbria = await portal.ForceIdAsync("cumbria");
        int id;
        await using (var db = TestDatabase.OpenAsSystem(portal.DatabasePath))
        {
            id = await db.ProcurementMatches.Where(m => m.ForceId == cumbria && m.LeftOrganisationId != null).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        }

        await using var factory = portal.WithInterceptor(recorder);
        var client = await PortalClient.SignInAsync(factory, "psd.cumbria");
        recorder.Plans.Clear();

        var page = await client.GetPageAsync($"/Procurement/Matches/View/{id}");

        Assert.NotNull(page.QuerySelector("#timeline-heading"));
        AssertNoLargeTableReadWhole(recorder, $"match {id}");
    }

    [Fact]
    public async Task DeclarationSent_TheCrossCheckOfItsOutsideParty_ReadsNoLargeTableWhole()
    {
        var recorder = new PlanRecorder();
        await using var portal = await PortalFactory.CreateAsync();
        await using var factory = portal.WithInterceptor(recorder);
        var client = await PortalClient.SignInAsync(factory, "officer.cumbria");
        var check = await Gifts.GiftForms.CheckUrlAsync(client);
        recorder.Plans.Clear();

        Gifts.GiftForms.DeclaredId(await Gifts.GiftForms.SendAsync(client, check));

        AssertNoLargeTableReadWhole(recorder, "sending a declaration");
    }

    [Fact]
    public async Task ManagersQueue_IsReadFromTheAwaitingIndex_NotFromEachTeamDeclaration()
    {
        var recorder = new PlanRecorder();
        await using var portal = await PortalFactory.CreateAsync();
        await using var factory = portal.WithInterceptor(recorder);
        var client = await PortalClient.SignInAsync(factory, "manager.cumbria");
        var queue = new List<(string Sql, List<string> Plan)>();
        foreach (var url in new[] { "/Gifts/Team", "/" })
        {
            recorder.Plans.Clear();
            await client.GetPageAsync(url);
            // The queries of the queue awaiting the manager: its count, and on the team page its head.
            var ofPage = recorder.Plans.Where(p => p.Sql.Contains("\"ApprovalStatus\" = 2", StringComparison.Ordinal)
                && p.Sql.Contains("\"LineManagerId\" = @me", StringComparison.Ordinal)).ToList();
            Assert.True(ofPage.Count > 0, $"{url} sent no query of the queue");
            queue.AddRange(ofPage);
        }

        foreach (var (sql, plan) in queue)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(sql + Environment.NewLine + string.Join(Environment.NewLine, plan));
            // The declarations are found in the small index of those awaiting a line manager
            // (in the queue's order), never through another index of the force's declarations.
            Assert.Contains(plan, step => step.StartsWith("SEARCH g USING ", StringComparison.Ordinal)
                && step.EndsWith("INDEX IX_GiftDeclarations_AwaitingLineManager (ForceId=?)", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.StartsWith("SEARCH g USING ", StringComparison.Ordinal)
                && !step.Contains("IX_GiftDeclarations_AwaitingLineManager", StringComparison.Ordinal));
        }
    }

    private static void AssertNoLargeTableReadWhole(PlanRecorder recorder, string what)
    {
        var output = TestContext.Current.TestOutputHelper;
        var scans = new List<string>();
        foreach (var (sql, plan) in recorder.Plans)
        {
            output?.WriteLine(sql);
            output?.WriteLine(string.Join(Environment.NewLine, plan));
            output?.WriteLine(string.Empty);
            var tables = Alias().Matches(sql).GroupBy(m => m.Groups[2].Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Groups[1].Value, StringComparer.Ordinal);
            scans.AddRange(plan.Select(step => Scan().Match(step))
                .Where(m => m.Success && tables.TryGetValue(m.Groups[1].Value, out var table) && LargeTables.Contains(table))
                .Select(m => $"{m.Value} ({tables[m.Groups[1].Value]}) in: {sql[..Math.Min(sql.Length, 300)]}"));
        }

        Assert.NotEmpty(recorder.Plans);
        Assert.True(scans.Count == 0, $"{what} reads a large table whole:\n{string.Join("\n", scans)}");
    }

    /// <summary>Each table of the SQL and its alias: FROM "Table" AS "t" or JOIN "Table" AS "t".</summary>
    [GeneratedRegex("(?:FROM|JOIN) \"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex Alias();

    /// <summary>A plan step that reads a table, or the whole of one of its indexes, from end to end.</summary>
    [GeneratedRegex("^SCAN (\\w+)(?: USING (?:COVERING )?INDEX \\w+)?$")]
    private static partial Regex Scan();

    /// <summary>Plans every SELECT on its own connection before it runs, with its parameters.</summary>
    private sealed class PlanRecorder : DbCommandInterceptor
    {
        public ConcurrentQueue<(string Sql, List<string> Plan)> Plans { get; } = new();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(DbCommand command)
        {
            if (command is not SqliteCommand sqlite || !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            using var explain = sqlite.Connection!.CreateCommand();
            explain.Transaction = sqlite.Transaction;
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (SqliteParameter p in sqlite.Parameters)
            {
                explain.Parameters.Add(new SqliteParameter(p.ParameterName, p.Value ?? DBNull.Value));
            }

            var plan = new List<string>();
            using (var reader = explain.ExecuteReader())
            {
                while (reader.Read())
                {
                    plan.Add(reader.GetString(3));
                }
            }

            Plans.Enqueue((command.CommandText, plan));
        }
    }
}
