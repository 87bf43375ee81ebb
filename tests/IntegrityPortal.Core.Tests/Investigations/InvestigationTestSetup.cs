using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace IntegrityPortal.Core.Tests.Investigations;

/// <summary>A copy of the demo database without register records, used by Cumbria's PSD at a fixed time (15 June 2026).</summary>
internal sealed record InvestigationTestSetup(string Path, TestActor Actor, int Cumbria, int ThamesValley, int CumbriaOfficer, int ThamesValleyOfficer)
{
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));

    public static async Task<InvestigationTestSetup> CreateAsync()
    {
        var path = await TestDatabase.CreateCopyAsync(withGifts: false);
        await using var system = TestDatabase.OpenAsSystem(path);
        var forces = await system.Forces.ToDictionaryAsync(f => f.Code, f => f.Id);
        var people = await system.Users.Where(u => u.PersonId != null).ToDictionaryAsync(u => u.UserName!, u => u.PersonId!.Value);
        var actor = new TestActor("psd.cumbria", forces["cumbria"], new ForceScope(false, [forces["cumbria"]]), Roles.Psd);
        return new(path, actor, forces["cumbria"], forces["thames-valley"], people["officer.cumbria"], people["officer.thames-valley"]);
    }

    public IntegrityDbContext Open() => TestDatabase.Open(Path, Actor, Clock);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
