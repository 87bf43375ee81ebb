namespace IntegrityPortal.Core.Security;

/// <summary>
/// Who must sign in with a second factor. The roles that read or decide on integrity records
/// across a force, and those that grant powers, are the accounts an attacker wants most.
/// </summary>
public static class TwoFactorPolicy
{
    /// <summary>Roles for which a force may require a second factor, and national accounts must have one by default.</summary>
    public static readonly IReadOnlyList<string> PrivilegedRoles =
        [Roles.Psd, Roles.HeadOfPsd, Roles.DeputyChiefConstable, Roles.Pcc, Roles.Administrator, Roles.Inspector];

    /// <param name="homeForceId">The account's force; null for a national account.</param>
    /// <param name="forceRequiresTwoFactor">The home force's setting (ignored for national accounts).</param>
    /// <param name="nationalRequiresTwoFactor">The deployment's setting for national accounts (on by default).</param>
    public static bool IsRequired(IEnumerable<string> roles, int? homeForceId, bool forceRequiresTwoFactor, bool nationalRequiresTwoFactor) =>
        roles.Any(PrivilegedRoles.Contains) && (homeForceId is null ? nationalRequiresTwoFactor : forceRequiresTwoFactor);
}
