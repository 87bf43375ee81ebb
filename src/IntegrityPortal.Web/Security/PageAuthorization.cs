using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace IntegrityPortal.Web.Security;

/// <summary>
/// Who may open which folder of pages. Every page must get an explicit decision here (a test
/// enumerates the pages and fails on one that only relies on the fallback policy).
/// </summary>
public static class PageAuthorization
{
    public static void AddPortalPageAuthorization(this PageConventionCollection conventions)
    {
        conventions.AllowAnonymousToPage("/Account/SignIn");
        conventions.AllowAnonymousToFolder("/Errors");
        conventions.AuthorizePage("/Index", Policies.SignedIn);
        conventions.AuthorizePage("/Account/SignOut", Policies.SignedIn);
        conventions.AuthorizePage("/Account/Sessions", Policies.SignedIn);
        conventions.AuthorizeFolder("/Audit", Policies.Psd);
        conventions.AuthorizeFolder("/Admin", Policies.Administration);
        conventions.AuthorizeFolder("/RoleGrants", Policies.HeadOfPsd);
        conventions.AuthorizeFolder("/Gifts/Declarations", Policies.Declarant);
        conventions.AuthorizeFolder("/Gifts/Team", Policies.LineManager);
        conventions.AuthorizeFolder("/Gifts/Register", Policies.Psd);
        conventions.AuthorizeFolder("/Investigations", Policies.Psd);
        conventions.AuthorizeFolder("/Media/Contacts", Policies.Declarant);
        conventions.AuthorizeFolder("/Media/Office", Policies.MediaOfficeOrPsd);
        // PSD reads the department's pages; only the department flags (and, on the contact
        // page, acknowledges: that handler checks MediaOffice itself).
        conventions.AuthorizePage("/Media/Office/FlagArticle", Policies.MediaOffice);
        conventions.AuthorizeFolder("/BusinessInterests/Applications", Policies.Declarant);
        conventions.AuthorizeFolder("/BusinessInterests/Team", Policies.LineManager);
        conventions.AuthorizeFolder("/BusinessInterests/Psd", Policies.Psd);
        conventions.AuthorizeFolder("/BusinessInterests/Decisions", Policies.InterestDecisions);
        conventions.AllowAnonymousToFolder("/Public");
    }
}
