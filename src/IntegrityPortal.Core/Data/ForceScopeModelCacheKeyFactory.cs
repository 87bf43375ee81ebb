using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IntegrityPortal.Core.Data;

/// <summary>
/// Keys EF's model cache on whether the user sees every force, so IntegrityDbContext builds two
/// models: one with the force query filters (users limited to some forces) and one without
/// (national users and the system). Compiled queries are cached per model, so a query compiled
/// for a national user is never reused for a force user.
/// </summary>
public sealed class ForceScopeModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is IntegrityDbContext db
            ? (context.GetType(), db.Actor.Scope.SeesAllForces, designTime)
            : (context.GetType(), designTime);
}
