namespace IntegrityPortal.Web.Security;

/// <summary>The "TwoFactor" settings section.</summary>
public sealed class TwoFactorSettings
{
    /// <summary>Whether national accounts (inspector, national administrator) must use a second factor. On unless turned off.</summary>
    public bool RequiredForNationalAccounts { get; set; } = true;
}

/// <summary>
/// A user who must use a second factor and has not set one up has passed the password step
/// only: until they set it up, every page but the set-up page, sign-out and the error pages
/// sends them to set it up. The claim is recomputed at each security stamp revalidation, so a
/// force that turns the requirement on reaches open sessions within minutes.
/// </summary>
public static class TwoFactorGate
{
    public const string SetUpPath = "/Account/TwoFactor/SetUp";

    public static void UseTwoFactorGate(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.HasClaim(PortalClaims.MustSetUpTwoFactor, "true")
                && !path.StartsWithSegments(SetUpPath, StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/Account/SignOut", StringComparison.OrdinalIgnoreCase)
                && !path.StartsWithSegments("/Errors", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Redirect(SetUpPath);
                return;
            }

            await next();
        });
}
