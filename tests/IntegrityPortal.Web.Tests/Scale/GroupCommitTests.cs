using System.Net;
using IntegrityPortal.Core.Auditing;
using IntegrityPortal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrityPortal.Web.Tests.Scale;

/// <summary>
/// Group commit of audited reads (<see cref="AuditGroupCommit"/>): register views made at the
/// same time share one transaction, and no response is sent before its own event is committed.
/// The database's write lock is held by the test while the views arrive, so the first event's
/// transaction waits and the others queue behind it; when the lock is released, the queue is
/// written in one transaction.
/// </summary>
public class GroupCommitTests
{
    private const int Readers = 8;

    [Fact]
    public async Task ConcurrentRegisterViews_ShareOneTransaction_AndNoResponseGoesOutBeforeItsEvent()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var readers = new List<PortalClient>();
        for (var i = 0; i < Readers; i++)
        {
            readers.Add(await PortalClient.SignInAsync(factory, "psd.cumbria"));
        }

        // Each reader has viewed the register once, so no first-view work is left to do.
        foreach (var reader in readers)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/Gifts/Register")).StatusCode);
        }

        var group = factory.Services.GetRequiredService<AuditGroupCommit>();
        var commitsBefore = group.Commits;

        List<Task<HttpResponseMessage>> views;
        await using (var writeLock = new SqliteConnection(TestDatabase.ConnectionString(factory.DatabasePath)))
        {
            await writeLock.OpenAsync();
            await using (var begin = writeLock.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }

            views = readers.Select((client, i) => client.GetAsync($"/Gifts/Register?Filter.Organisation=group{i}")).ToList();

            // The first view's event is in a transaction waiting for the lock; the others queue.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (group.Waiting < Readers)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(4), $"Only {group.Waiting} views are waiting for their events; responses so far: {views.Count(v => v.IsCompleted)}.");
                await Task.Delay(20);
            }

            await Task.Delay(200);

            Assert.DoesNotContain(views, v => v.IsCompleted);
            Assert.Equal(0, await MarkedEventsAsync(factory.DatabasePath));

            await using var rollback = writeLock.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        foreach (var view in views)
        {
            Assert.Equal(HttpStatusCode.OK, (await view).StatusCode);
        }

        // The transaction that waited for the lock, then at most one for those queued behind it
        // (one transaction per view would be eight).
        Assert.InRange(group.Commits - commitsBefore, 1, 2);
        Assert.Equal(Readers, await MarkedEventsAsync(factory.DatabasePath));
    }

    [Fact]
    public async Task EachResponse_FindsItsOwnEventAlreadyCommitted()
    {
        await using var factory = await PortalFactory.CreateAsync(withGifts: false);
        var readers = new List<PortalClient>();
        for (var i = 0; i < Readers; i++)
        {
            readers.Add(await PortalClient.SignInAsync(factory, "psd.cumbria"));
        }

        // Each reader views the register five times at once with the others; as soon as a
        // response arrives, a separate connection looks for that view's event.
        var missing = await Task.WhenAll(readers.Select((client, n) => Task.Run(async () =>
        {
            var notFound = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                var mark = $"reader{n}view{i}";
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Gifts/Register?Filter.Organisation={mark}")).StatusCode);
                await using var db = TestDatabase.OpenAsSystem(factory.DatabasePath);
                if (!await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Read && e.Justification == $"organisation starts with '{mark}'"))
                {
                    notFound.Add(mark);
                }
            }

            return notFound;
        })));

        Assert.Empty(missing.SelectMany(m => m));
    }

    private static async Task<int> MarkedEventsAsync(string path)
    {
        await using var db = TestDatabase.OpenAsSystem(path);
        return await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Read && e.Justification!.StartsWith("organisation starts with 'group"));
    }
}
