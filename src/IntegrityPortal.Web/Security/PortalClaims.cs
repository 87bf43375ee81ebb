namespace IntegrityPortal.Web.Security;

/// <summary>Claims the portal adds to the sign-in cookie (see <see cref="PortalClaimsPrincipalFactory"/>).</summary>
public static class PortalClaims
{
    public const string DisplayName = "portal:display-name";
    public const string HomeForceId = "portal:force-id";
    public const string HomeForceName = "portal:force-name";

    /// <summary>"*" for every force, otherwise the visible force ids separated by commas.</summary>
    public const string ForceScope = "portal:force-scope";

    public const string PersonId = "portal:person-id";

    /// <summary>"true" when the user's person line-manages at least one active person.</summary>
    public const string IsLineManager = "portal:line-manager";

    /// <summary>
    /// "true" while the account must use a second factor and has not set one up: every page
    /// but the set-up and sign-out sends the user to set it up (<see cref="TwoFactorGate"/>).
    /// </summary>
    public const string MustSetUpTwoFactor = "portal:must-set-up-2fa";
}
