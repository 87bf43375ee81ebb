using System.Net;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace IntegrityPortal.Web.Tests.Logging;

/// <summary>
/// What the console shows while the portal runs in Development: one line per request, none
/// for static files, and a clean start-up on a new SQLite database.
/// </summary>
/// <remarks>
/// The request logging middleware writes through Serilog's static logger, which each app
/// started in this process replaces: run alone, so no other test's app (logging at Warning to
/// the console) takes it over while these tests look at the requests' lines.
/// </remarks>
[Collection(Name)]
public class RequestLoggingTests
{
    public const string Name = "Request logging, through Serilog's static logger";

    private static async Task<(PortalFactory Factory, string Key)> DevelopmentFactoryAsync(string? databasePath = null)
    {
        var (key, settings) = CapturedLogEvents.Settings();
        var factory = new PortalFactory(databasePath ?? await TestDatabase.CreateCopyAsync(withGifts: false), environment: "Development", settings: settings);
        return (factory, key);
    }

    /// <summary>The events at Information and above logged while <paramref name="request"/> ran.</summary>
    private static async Task<IReadOnlyList<LogEvent>> DuringAsync(string key, Func<Task> request)
    {
        var before = CapturedLogEvents.Of(key).Count;
        await request();
        // The request line is written as the response completes; give it a moment to arrive.
        await Task.Delay(200);
        return [.. CapturedLogEvents.Of(key).Skip(before).Where(e => e.Level >= LogEventLevel.Information)];
    }

    [Fact]
    public async Task OnePageRequest_LogsExactlyOneLine_TheRequestCompletion()
    {
        var (factory, key) = await DevelopmentFactoryAsync();
        await using var _ = factory;
        var client = PortalClient.Anonymous(factory).Http;
        await client.GetAsync("/Account/SignIn"); // start-up and the first request's warm-up are not what is measured

        HttpResponseMessage? response = null;
        var events = await DuringAsync(key, async () => response = await client.GetAsync("/Account/SignIn"));

        Assert.Equal(HttpStatusCode.OK, response!.StatusCode);
        var line = Assert.Single(events);
        Assert.True(CapturedLogEvents.IsRequestCompletion(line), line.RenderMessage());
        Assert.Equal("/Account/SignIn", CapturedLogEvents.RequestPath(line));
        Assert.Equal(LogEventLevel.Information, line.Level);
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/css/print.css")]
    [InlineData("/js/init.js")]
    public async Task StaticFile_LogsNoRequestLine(string path)
    {
        var (factory, key) = await DevelopmentFactoryAsync();
        await using var _ = factory;
        var client = PortalClient.Anonymous(factory).Http;
        await client.GetAsync("/Account/SignIn");

        HttpResponseMessage? response = null;
        var events = await DuringAsync(key, async () => response = await client.GetAsync(path));

        Assert.Equal(HttpStatusCode.OK, response!.StatusCode);
        Assert.Empty(events.Select(e => e.RenderMessage()));
        Assert.DoesNotContain(CapturedLogEvents.Of(key), e => CapturedLogEvents.RequestPath(e) == path && e.Level >= LogEventLevel.Information);
    }

    [Fact]
    public async Task MissingStaticFile_StillLogsItsRequestLine()
    {
        var (factory, key) = await DevelopmentFactoryAsync();
        await using var _ = factory;
        var client = PortalClient.Anonymous(factory).Http;
        await client.GetAsync("/Account/SignIn");

        var events = await DuringAsync(key, () => client.GetAsync("/css/no-such-file.css"));

        Assert.Contains(events, e => CapturedLogEvents.IsRequestCompletion(e) && CapturedLogEvents.RequestPath(e) == "/css/no-such-file.css");
    }

    [Fact]
    public async Task StartUp_ApplyingEverySqliteMigrationToANewDatabase_LogsNoWarningAboutForeignKeys()
    {
        var path = Path.Combine(Path.GetTempPath(), $"log-migrations-{Guid.NewGuid():N}.db");
        var (key, settings) = CapturedLogEvents.Settings();
        settings["DemoData:Seed"] = "false";
        settings["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Information";
        await using (var factory = new PortalFactory(path, environment: "Testing", settings: settings))
        {
            factory.CreateClient();
        }

        await using (var db = TestDatabase.OpenAsSystem(path))
        {
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        // The capture saw the migrations being applied, so a warning about them would be here too.
        Assert.Contains(CapturedLogEvents.Of(key), e => e.RenderMessage().Contains("Applying migration", StringComparison.Ordinal));
        var warnings = CapturedLogEvents.Of(key).Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.RenderMessage()).ToList();
        Assert.DoesNotContain(warnings, m => m.Contains("foreign_keys", StringComparison.OrdinalIgnoreCase));
    }
}

[CollectionDefinition(RequestLoggingTests.Name, DisableParallelization = true)]
public sealed class RequestLoggingCollection;
