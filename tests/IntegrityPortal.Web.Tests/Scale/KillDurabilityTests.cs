using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Core.Demo;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// Nothing acknowledged is lost when the process dies: the portal runs as a real process over
/// a SQLite file, clients write through it at full speed, and it is killed with SIGKILL
/// (kill -9) while their requests are still in flight. Every write whose response had arrived
/// must then be in the reopened database. The process is killed once 100 reads and 10 sign-ins
/// have been acknowledged (or after 20 s), while the clients are still sending. Two kinds of write are used: audited reads of the
/// register (each read's event goes through the group commit, and the response is sent only
/// once it is committed), each with its own organisation filter so its event can be found; and
/// sign-ins through the real sign-in form (a session row and a security event each).
/// </summary>
[Collection(MeasuredAlone.Name)]
public partial class KillDurabilityTests(ITestOutputHelper log)
{
    private const int Readers = 8;
    private const int SignInLoops = 2;
    private const int EnoughReads = 100;
    private const int EnoughSignIns = 10;
    private static readonly TimeSpan WriteAtMost = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task KilledWhileWriting_EveryAcknowledgedWriteIsInTheDatabase()
    {
        var clock = Stopwatch.StartNew();
        var database = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var portal = await PortalProcess.StartAsync(database, TimeSpan.FromSeconds(90));
        log.WriteLine($"Started in {clock.Elapsed.TotalSeconds:N1} s");

        var readers = new List<PortalClient>();
        for (var i = 0; i < Readers; i++)
        {
            readers.Add(await SignInAsync(portal.Address, "psd.cumbria"));
        }

        // One view each first, so the writing below is not spent on the first request's work.
        foreach (var reader in readers)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/Gifts/Register")).StatusCode);
        }

        var acknowledgedReads = new ConcurrentBag<string>();
        var acknowledgedSignIns = 0;
        using var stop = new CancellationTokenSource();
        var loops = readers.Select((client, n) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var mark = $"kill{n}x{i}";
                var response = await client.Http.GetAsync($"/Gifts/Register?Filter.Organisation={mark}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    acknowledgedReads.Add(mark);
                }
            }
        })).Concat(Enumerable.Range(0, SignInLoops).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var client = Client(portal.Address);
                var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = "officer.cumbria", ["Input.Password"] = DemoDataSeeder.Password });
                if (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.Contains("SignIn", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref acknowledgedSignIns);
                }
            }
        }))).ToList();

        // Writing until enough writes were acknowledged (on an idle machine, about a second).
        var writing = Stopwatch.StartNew();
        while ((acknowledgedReads.Count < EnoughReads || Volatile.Read(ref acknowledgedSignIns) < EnoughSignIns) && writing.Elapsed < WriteAtMost)
        {
            await Task.Delay(50);
        }

        // SIGKILL while the loops are still sending: responses that arrived were acknowledged
        // before the process died; requests in flight are never acknowledged.
        await portal.KillAsync();
        stop.Cancel();
        foreach (var loop in loops)
        {
            try
            {
                await loop;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // The loop's request met the dead process.
            }
        }

        var reads = acknowledgedReads.ToHashSet();
        var signIns = acknowledgedSignIns;
        var wal = new FileInfo(database + "-wal");
        log.WriteLine($"Acknowledged in {writing.Elapsed.TotalSeconds:N1} s before the kill: {reads.Count} audited reads, {signIns} sign-ins; WAL left {(wal.Exists ? wal.Length : 0):N0} bytes.");
        Assert.True(reads.Count >= 20, $"Only {reads.Count} reads were acknowledged:\n{portal.Output}");
        Assert.True(signIns >= 2, $"Only {signIns} sign-ins were acknowledged:\n{portal.Output}");

        await using var db = TestDatabase.OpenAsSystem(database);
        Assert.Equal("ok", (await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").ToListAsync()).Single());
        var recorded = (await db.AuditEvents
                .Where(e => e.Action == AuditAction.Read && e.EntityType == "GiftRegister" && e.UserName == "psd.cumbria")
                .Select(e => e.Justification!).ToListAsync())
            .Select(j => Mark().Match(j).Groups[1].Value).ToHashSet();
        var lost = reads.Except(recorded).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {reads.Count} acknowledged reads have no audit event: {string.Join(", ", lost.Take(10))}");
        var sessions = await db.UserSessions.CountAsync(s => s.User!.UserName == "officer.cumbria");
        var signedIn = await db.AuditEvents.CountAsync(e => e.Action == AuditAction.SignedIn && e.UserName == "officer.cumbria");
        Assert.True(sessions >= signIns, $"{signIns} sign-ins were acknowledged but {sessions} sessions are recorded.");
        Assert.True(signedIn >= signIns, $"{signIns} sign-ins were acknowledged but {signedIn} are in the audit trail.");
        log.WriteLine($"In the database after the kill: {recorded.Count} read events, {sessions} sessions, {signedIn} sign-in events. Whole test {clock.Elapsed.TotalSeconds:N1} s.");
    }

    private static PortalClient Client(Uri address) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        });

    private static async Task<PortalClient> SignInAsync(Uri address, string userName)
    {
        var client = Client(address);
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["Input.UserName"] = userName, ["Input.Password"] = DemoDataSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("organisation starts with '([^']*)'")]
    private static partial Regex Mark();
}
