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

    /// <summary>Governance reports of a force: PCC, head of PSD, DCC, inspector, national administrator (see <see cref="ReportAccess"/>).</summary>
    public const string Reports = nameof(Reports);

    /// <summary>A force's integrity board view: its chief officer team, inspector, national administrator (see <see cref="ReportAccess"/>).</summary>
    public const string IntegrityBoard = nameof(IntegrityBoard);

    /// <summary>The national comparison of every force: inspector and national administrator.</summary>
    public const string NationalReports = nameof(NationalReports);

    /// <summary>
    /// Who reads the audit trail: PSD for the forces it serves, and, read-only over every force,
    /// the inspector and the national administrator. A force's administrator does not: the trail
    /// records the administrator's own grants and changes.
    /// </summary>
    public const string AuditTrail = nameof(AuditTrail);

    /// <summary>The force's procurement team: keeps the suppliers, contracts and card transactions registers.</summary>
    public const string Procurement = nameof(Procurement);

    /// <summary>Who reads the procurement registers: procurement itself, and PSD, which checks them against the integrity registers.</summary>
    public const string ProcurementOrPsd = nameof(ProcurementOrPsd);

    /// <summary>Who keeps a force's policy library: PSD, head of PSD, DCC and the force's administrator (<see cref="Core.Policies.PolicyRules.OwnerRoles"/>).</summary>
    public const string PolicyOwner = nameof(PolicyOwner);

    /// <summary>Who records the training register (<see cref="Core.Training.TrainingRules.RecorderRoles"/>).</summary>
    public const string TrainingRecorder = nameof(TrainingRecorder);

    /// <summary>Who reads the self-assessment (<see cref="Core.SelfAssessment.SelfAssessmentRules.ReaderRoles"/>).</summary>
    public const string SelfAssessmentReader = nameof(SelfAssessmentReader);

    /// <summary>Who runs it: the head of PSD and the DCC (<see cref="Core.SelfAssessment.SelfAssessmentRules.WriterRoles"/>).</summary>
    public const string SelfAssessmentWriter = nameof(SelfAssessmentWriter);

    /// <summary>Who records the quarterly procurement cross-check meeting: procurement and the head of PSD (<see cref="Core.Procurement.CrossCheckMeetingRules.RecorderRoles"/>).</summary>
    public const string CrossCheckMeetingRecorder = nameof(CrossCheckMeetingRecorder);

    public static void AddPortalPolicies(this AuthorizationOptions options)
    {
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.FallbackPolicy = signedIn;
        options.AddPolicy(SignedIn, signedIn);
        options.AddPolicy(Psd, p => p.RequireAuthenticatedUser().RequireRole(Roles.Psd, Roles.HeadOfPsd));
        options.AddPolicy(Administration, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator));
        options.AddPolicy(HeadOfPsd, p => p.RequireAuthenticatedUser().RequireRole(Roles.HeadOfPsd));
        options.AddPolicy(InterestDecisions, p => p.RequireAuthenticatedUser().RequireRole(Roles.HeadOfPsd, Roles.DeputyChiefConstable));
        options.AddPolicy(AuditTrail, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.Psd, Roles.HeadOfPsd, Roles.Inspector, Roles.Administrator)
            // An administrator reads the trail only as the national administrator (no home force).
            .RequireAssertion(context => !context.User.IsInRole(Roles.Administrator)
                || context.User.IsInRole(Roles.Psd) || context.User.IsInRole(Roles.HeadOfPsd)
                || !context.User.HasClaim(c => c.Type == PortalClaims.HomeForceId)));
        options.AddPolicy(Declarant, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId));
        options.AddPolicy(MediaOffice, p => p.RequireAuthenticatedUser().RequireRole(Roles.PressOffice));
        options.AddPolicy(MediaOfficeOrPsd, p => p.RequireAuthenticatedUser().RequireRole(Roles.PressOffice, Roles.Psd, Roles.HeadOfPsd));
        // The roles first (so the page matrix knows them), then the rule that leaves out a force's administrator.
        options.AddPolicy(Reports, p => p.RequireAuthenticatedUser()
            .RequireRole([.. ReportAccess.ForceReportRoles, Roles.Administrator])
            .RequireAssertion(c => ReportAccess.MayReadForceReports(c.User)));
        options.AddPolicy(IntegrityBoard, p => p.RequireAuthenticatedUser()
            .RequireRole([.. ReportAccess.IntegrityBoardRoles, Roles.Administrator])
            .RequireAssertion(c => ReportAccess.MayReadIntegrityBoard(c.User)));
        options.AddPolicy(NationalReports, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.Inspector, Roles.Administrator)
            .RequireAssertion(c => ReportAccess.MayCompareForces(c.User)));
        options.AddPolicy(Procurement, p => p.RequireAuthenticatedUser().RequireRole(Roles.Procurement));
        options.AddPolicy(ProcurementOrPsd, p => p.RequireAuthenticatedUser().RequireRole(Roles.Procurement, Roles.Psd, Roles.HeadOfPsd));
        options.AddPolicy(CrossCheckMeetingRecorder, p => p.RequireAuthenticatedUser().RequireRole(Core.Procurement.CrossCheckMeetingRules.RecorderRoles));
        options.AddPolicy(SelfAssessmentReader, p => p.RequireAuthenticatedUser().RequireRole(Core.SelfAssessment.SelfAssessmentRules.ReaderRoles));
        options.AddPolicy(SelfAssessmentWriter, p => p.RequireAuthenticatedUser().RequireRole(Core.SelfAssessment.SelfAssessmentRules.WriterRoles));
        options.AddPolicy(TrainingRecorder, p => p.RequireAuthenticatedUser().RequireRole(Core.Training.TrainingRules.RecorderRoles));
        options.AddPolicy(PolicyOwner, p => p.RequireAuthenticatedUser().RequireRole(Core.Policies.PolicyRules.OwnerRoles));
        options.AddPolicy(LineManager, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId).RequireClaim(PortalClaims.IsLineManager, "true"));
    }
}
