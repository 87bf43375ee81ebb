using IntegrityPortal.Core.Data;
using IntegrityPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// The failed-attempt count, kept by the database so that it holds across requests running at
/// once and across web nodes. Identity reads the count, adds one in memory and saves it back,
/// so parallel guesses overwrite each other's counts. Here every change is one conditional
/// UPDATE, and an attempt is counted before the password is checked: of any number of
/// parallel guesses, at most <c>MaxFailedAccessAttempts</c> passwords are ever checked before
/// the account locks. The attempt that takes the last place sets the lock at once; if its
/// password proves right, it lifts the lock again. See docs/decisions/0023-atomic-lockout.md.
/// </summary>
public sealed class AccountLockout(IntegrityDbContext db, IOptions<IdentityOptions> options, TimeProvider clock)
{
    private int MaxAttempts => options.Value.Lockout.MaxFailedAccessAttempts;

    /// <summary>
    /// Counts one attempt in advance. Null when no attempt is left (the account is locked).
    /// </summary>
    public async Task<Attempt?> TryBeginAsync(ApplicationUser user)
    {
        var attempt = await CountAsync(user.Id);
        if (attempt is not null)
        {
            return attempt;
        }

        var end = await db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync();
        if (end is { } lockEnd && lockEnd <= clock.GetUtcNow())
        {
            // The lock has run out: start afresh. The guard on the old end lets one request do it.
            await db.Users.Where(u => u.Id == user.Id && u.LockoutEnd == lockEnd)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null));
            return await CountAsync(user.Id);
        }

        return null;
    }

    /// <summary>
    /// The attempt succeeded: the count starts again. False when another attempt locked the
    /// account meanwhile, which then stays locked.
    /// </summary>
    public async Task<bool> SucceedAsync(ApplicationUser user, Attempt attempt)
    {
        var userId = user.Id;
        var max = MaxAttempts;
        var rows = attempt.LockEnd is { } lockEnd
            ? await db.Users.Where(u => u.Id == userId && u.LockoutEnd == lockEnd)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null))
            : await db.Users.Where(u => u.Id == userId && u.AccessFailedCount < max)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0));
        if (rows == 1)
        {
            // Identity's store saves every column when it next updates the loaded user: keep it in step.
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;
        }

        return rows == 1;
    }

    /// <summary>
    /// Records a failure after the fact (a wrong authenticator code, which Identity checks
    /// itself). True when this failure locked the account.
    /// </summary>
    public async Task<bool> FailAsync(string userId) => (await CountAsync(userId))?.LockEnd is not null;

    // One UPDATE: add one to the count while it is below the maximum, and set the lock when this
    // attempt takes the last place. The lock's end, unique to this attempt, tells whether it did.
    private async Task<Attempt?> CountAsync(string userId)
    {
        var max = MaxAttempts;
        DateTimeOffset? end = clock.GetUtcNow() + options.Value.Lockout.DefaultLockoutTimeSpan;
        var rows = await db.Users.Where(u => u.Id == userId && u.AccessFailedCount < max)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= max ? end : u.LockoutEnd)
                .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1));
        if (rows == 0)
        {
            return null;
        }

        var tookLastPlace = await db.Users.AnyAsync(u => u.Id == userId && u.LockoutEnd == end);
        return new Attempt(tookLastPlace ? end : null);
    }

    /// <param name="LockEnd">Set when this attempt took the last place and locked the account.</param>
    public sealed record Attempt(DateTimeOffset? LockEnd);
}
