using System.Collections.Concurrent;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace IntegrityPortal.Web.Tests.Logging;

/// <summary>
/// A Serilog sink the app's own configuration writes to ("Serilog:WriteTo"), so a test sees
/// exactly the events the console would show, at the levels the app configures. Each factory
/// gets its own key, so tests running side by side do not see each other's events.
/// </summary>
public static class CapturedLogEvents
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<LogEvent>> Events = new();

    /// <summary>Settings that send the app's log events to a new capture (and not to the console), at <paramref name="level"/> and above.</summary>
    public static (string Key, Dictionary<string, string?> Settings) Settings(string level = "Information")
    {
        var key = Guid.NewGuid().ToString("N");
        Events[key] = new ConcurrentQueue<LogEvent>();
        return (key, new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = level,
            ["Serilog:Using:0"] = typeof(CapturedLogEvents).Assembly.GetName().Name,
            ["Serilog:WriteTo:0:Name"] = nameof(CaptureTo),
            ["Serilog:WriteTo:0:Args:key"] = key,
        });
    }

    public static IReadOnlyList<LogEvent> Of(string key) => [.. Events[key]];

    /// <summary>Named in "Serilog:WriteTo"; found by Serilog.Settings.Configuration through "Serilog:Using".</summary>
    public static LoggerConfiguration CaptureTo(this LoggerSinkConfiguration writeTo, string key) =>
        writeTo.Sink(new Sink(Events.GetOrAdd(key, _ => new ConcurrentQueue<LogEvent>())));

    /// <summary>The request logging middleware's one line per request ("HTTP GET /path responded 200 in ... ms").</summary>
    public static bool IsRequestCompletion(LogEvent e) =>
        e.Properties.ContainsKey("RequestMethod") && e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("Elapsed");

    public static string? RequestPath(LogEvent e) =>
        e.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string path } ? path : null;

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
