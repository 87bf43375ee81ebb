using IntegrityPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Authorization policy names, in one place. Pages get them by folder (see
/// <see cref="PageAuthorization"/>); navigation asks the same policies, so a link is shown
/// exactly when its page would let the user in.
/// </summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Psd = nameof(Psd);
    public const string Administration = nameof(Administration);

    /// <summary>The head of PSD: the second person who approves roles with PSD or chief officer powers.</summary>
    public const string HeadOfPsd = nameof(HeadOfPsd);

    /// <summary>An officer or member of staff: an account linked to a person, who declares and applies.</summary>
    public const string Declarant = nameof(Declarant);

    /// <summary>Someone who line-manages at least one person.</summary>
    public const string LineManager = nameof(LineManager);

    /// <summary>The force's named media department (press office, corporate communications): acknowledges and flags media contacts.</summary>
    public const string MediaOffice = nameof(MediaOffice);

    /// <summary>Who may read the media department's pages: the department itself, and PSD.</summary>
    public const string MediaOfficeOrPsd = nameof(MediaOfficeOrPsd);

    /// <summary>
    /// The roles a force may make its business-interest decision maker or appellate role. Which
    /// of them decides in a given force is a force setting, checked by the workflow.
    /// </summary>
    public const string InterestDecisions = nameof(InterestDecisions);

    public static void AddPortalPolicies(this AuthorizationOptions options)
    {
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.FallbackPolicy = signedIn;
        options.AddPolicy(SignedIn, signedIn);
        options.AddPolicy(Psd, p => p.RequireAuthenticatedUser().RequireRole(Roles.Psd, Roles.HeadOfPsd));
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(HeadOfPsd, p => p.RequireAuthenticatedUser().RequireRole(Roles.HeadOfPsd));
        options.AddPolicy(InterestDecisions, p => p.RequireAuthenticatedUser().RequireRole(Roles.HeadOfPsd, Roles.DeputyChiefConstable));
        options.AddPolicy(Declarant, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId));
        options.AddPolicy(MediaOffice, p => p.RequireAuthenticatedUser().RequireRole(Roles.PressOffice));
        options.AddPolicy(MediaOfficeOrPsd, p => p.RequireAuthenticatedUser().RequireRole(Roles.PressOffice, Roles.Psd, Roles.HeadOfPsd));
        options.AddPolicy(LineManager, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId).RequireClaim(PortalClaims.IsLineManager, "true"));
    }
}
