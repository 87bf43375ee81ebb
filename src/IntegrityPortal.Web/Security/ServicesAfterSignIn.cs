namespace IntegrityPortal.Web.Security;

/// <summary>
/// Gives the rest of the request a fresh service scope once authentication has run.
/// IntegrityDbContext chooses its model (one force, a list of forces, or national) on first use, from
/// the user's scope; authentication itself uses the database (sessions, security stamps)
/// before the user is known, when the scope is still "nobody". With a fresh scope, the
/// context the page uses is created after the user is known. Services used during sign-in
/// checks stay in the first scope and are disposed with it.
/// </summary>
public static class ServicesAfterSignIn
{
    public static IApplicationBuilder UseServicesAfterSignIn(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var original = context.RequestServices;
            await using var scope = original.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices = original;
            }
        });
}
