using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IntegrityPortal.Core.Data;

/// <summary>The three shapes of force scope, each with its own model and query filters.</summary>
public enum ForceScopeShape
{
    /// <summary>National users and the system: no force condition.</summary>
    AllForces,

    /// <summary>Users of one force: "ForceId = @id".</summary>
    OneForce,

    /// <summary>Users of an alliance (and nobody, an empty list): "ForceId IN (@id1, @id2)".</summary>
    ListOfForces,
}

/// <summary>
/// Keys EF's model cache on the shape of the user's force scope, so IntegrityDbContext builds
/// three models: users of one force, users of a list of forces, and users who see every force
/// (national users and the system). Compiled queries are cached per model, so a query compiled
/// for one shape is never reused for another.
/// </summary>
public sealed class ForceScopeModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is IntegrityDbContext db
            ? (context.GetType(), db.ScopeShape, designTime)
            : (context.GetType(), designTime);
}
