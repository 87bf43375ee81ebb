using System.Net;
using IntegrityPortal.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace IntegrityPortal.Web.Tests.Logging;

/// <summary>
/// Request logging at Information, as in development: one line per request, none for static
/// files, and nothing personal in it (no user name, no query string).
/// </summary>
public class RequestLoggingTests
{
    private sealed class CapturingSink : ILogEventSink
    {
        private readonly List<LogEvent> events = [];

        public void Emit(LogEvent logEvent)
        {
            lock (events)
            {
                events.Add(logEvent);
            }
        }

        public IReadOnlyList<LogEvent> Take()
        {
            lock (events)
            {
                var taken = events.ToList();
                events.Clear();
                return taken;
            }
        }
    }

    private static string Path(LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var path) && path is ScalarValue { Value: string p } ? p : "";

    [Fact]
    public async Task EachRequest_OneInformationLine_StaticFilesNone_FailuresStill_NoNameNorQueryString()
    {
        var sink = new CapturingSink();
        await using var factory = await PortalFactory.CreateWithSettingsAsync(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var client = await PortalClient.SignInAsync(app, "psd.cumbria");
        sink.Take();

        var page = await client.GetAsync("/Gifts/Register?Filter.Organisation=Canary%20Holdings");
        var css = await client.GetAsync("/css/print.css");
        var icon = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        // Other hosts of the test run may write here too (through Serilog's static logger), so
        // only the events of these requests are read.
        string[] paths = ["/Gifts/Register", "/css/print.css", "/favicon.ico"];
        var events = sink.Take().Where(e => paths.Contains(Path(e))).ToList();
        var line = Assert.Single(events, e => e.Level >= LogEventLevel.Information);
        Assert.Equal("/Gifts/Register", Path(line));
        Assert.Equal(LogEventLevel.Information, line.Level);
        var rendered = line.RenderMessage() + string.Join(" ", line.Properties.Select(p => $"{p.Key}={p.Value}"));
        Assert.DoesNotContain("Canary", rendered);
        Assert.DoesNotContain("psd.cumbria", rendered);
        // Once in CI the one line held here had no UserId (which every request line carries):
        // the message says which event it was, to find where it came from.
        Assert.True(line.Properties.ContainsKey("UserId"), $"No UserId on: {line.MessageTemplate.Text} ({string.Join(", ", line.Properties.Keys)})");
        Assert.DoesNotContain(events, e => Path(e).StartsWith("/css/", StringComparison.Ordinal) || Path(e) == "/favicon.ico");

        // A missing address has no endpoint either, but it failed, so it is logged.
        var missing = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(LogEventLevel.Information, Assert.Single(sink.Take(), e => Path(e) == "/no/such/page").Level);
    }
}
