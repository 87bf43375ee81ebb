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
        // The footer's pages (accessibility statement, privacy notice, cookies, help and contact) are read before signing in.
        conventions.AllowAnonymousToFolder("/About");
        conventions.AuthorizePage("/Index", Policies.SignedIn);
        conventions.AuthorizePage("/Account/SignOut", Policies.SignedIn);
        // The code pages come after the password, before sign-in: Identity's two-factor cookie
        // says whose code is asked for. Setting up and managing the second factor needs a session.
        conventions.AllowAnonymousToPage("/Account/TwoFactor/Code");
        conventions.AllowAnonymousToPage("/Account/TwoFactor/Recovery");
        conventions.AuthorizePage("/Account/TwoFactor/Index", Policies.SignedIn);
        conventions.AuthorizePage("/Account/TwoFactor/SetUp", Policies.SignedIn);
        conventions.AuthorizeFolder("/Audit", Policies.AuditTrail);
        conventions.AuthorizePage("/Account/Sessions", Policies.SignedIn);
        conventions.AuthorizeFolder("/Admin", Policies.Administration);
        conventions.AuthorizeFolder("/RoleGrants", Policies.HeadOfPsd);
        conventions.AuthorizeFolder("/Gifts/Declarations", Policies.Declarant);
        conventions.AuthorizeFolder("/Gifts/Team", Policies.LineManager);
        conventions.AuthorizeFolder("/Gifts/Register", Policies.Psd);
        conventions.AuthorizeFolder("/Investigations", Policies.Psd);
        // PSD's page on one person across every register (a person of another force: 404 by the force filter).
        conventions.AuthorizeFolder("/People", Policies.Psd);
        conventions.AuthorizeFolder("/Media/Contacts", Policies.Declarant);
        // The organisation and outlet search is scoped to the user's own force on the page.
        conventions.AuthorizeFolder("/Organisations", Policies.Declarant);
        conventions.AuthorizeFolder("/Media/Office", Policies.MediaOfficeOrPsd);
        // PSD reads the department's pages; only the department flags (and, on the contact
        // page, acknowledges: that handler checks MediaOffice itself).
        conventions.AuthorizePage("/Media/Office/FlagArticle", Policies.MediaOffice);
        conventions.AuthorizePage("/Media/Office/Flagged", Policies.MediaOffice);
        conventions.AuthorizePage("/Media/Office/BulkAcknowledge", Policies.MediaOffice);
        conventions.AuthorizeFolder("/BusinessInterests/Applications", Policies.Declarant);
        conventions.AuthorizeFolder("/BusinessInterests/Team", Policies.LineManager);
        conventions.AuthorizeFolder("/BusinessInterests/Psd", Policies.Psd);
        conventions.AuthorizeFolder("/BusinessInterests/Decisions", Policies.InterestDecisions);
        conventions.AllowAnonymousToFolder("/Public");
        // Which force a user may see is decided on each page by ReportAccess.FindForceAsync (404).
        conventions.AuthorizeFolder("/Reports", Policies.Reports);
        conventions.AuthorizePage("/Reports/National", Policies.NationalReports);
        conventions.AuthorizePage("/Reports/Board", Policies.IntegrityBoard);
        // PSD reads the procurement registers; only procurement adds to them or imports.
        conventions.AuthorizeFolder("/Procurement", Policies.ProcurementOrPsd);
        conventions.AuthorizePage("/Procurement/Suppliers/Add", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Contracts/Add", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Cards/Add", Policies.Procurement);
        // A confirmation after adding is for whoever may add, as Media/Office/Flagged is.
        conventions.AuthorizePage("/Procurement/Suppliers/Added", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Contracts/Added", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Cards/Added", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Suppliers/Import", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Contracts/Import", Policies.Procurement);
        conventions.AuthorizePage("/Procurement/Cards/Import", Policies.Procurement);
        // The cross-check's matches are PSD's alone.
        conventions.AuthorizeFolder("/Procurement/Matches", Policies.Psd);
        // The quarterly meeting: procurement and PSD read the pack; procurement and the head of PSD
        // record the meeting; the head of PSD signs it off.
        conventions.AuthorizePage("/Procurement/Meetings/Record", Policies.CrossCheckMeetingRecorder);
        conventions.AuthorizePage("/Procurement/Meetings/SignOff", Policies.HeadOfPsd);
        // Everyone reads the policy library; confirming needs a person; its keepers write it and see compliance.
        conventions.AuthorizeFolder("/Policies", Policies.SignedIn);
        conventions.AuthorizePage("/Policies/Confirm", Policies.Declarant);
        conventions.AuthorizePage("/Policies/Team", Policies.LineManager);
        conventions.AuthorizeFolder("/Policies/Manage", Policies.PolicyOwner);
        // Everyone with a person sees their own training; PSD and the administrator keep the register.
        conventions.AuthorizePage("/Training/Index", Policies.Declarant);
        conventions.AuthorizeFolder("/Training/Courses", Policies.TrainingRecorder);
        conventions.AuthorizeFolder("/Training/Sessions", Policies.TrainingRecorder);
        conventions.AuthorizePage("/Training/Import", Policies.TrainingRecorder);
        // The head of PSD and the DCC run the self-assessment; the PCC and the inspectorate read it.
        // An action's page is also its owner's, whoever they are: the page decides (owner or reader).
        conventions.AuthorizeFolder("/SelfAssessment", Policies.SignedIn);
        conventions.AuthorizePage("/SelfAssessment/Index", Policies.SelfAssessmentReader);
        conventions.AuthorizePage("/SelfAssessment/View", Policies.SelfAssessmentReader);
        conventions.AuthorizePage("/SelfAssessment/Compare", Policies.SelfAssessmentReader);
        conventions.AuthorizeFolder("/SelfAssessment/Manage", Policies.SelfAssessmentWriter);
    }
}
