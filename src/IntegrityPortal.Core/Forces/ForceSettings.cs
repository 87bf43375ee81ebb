using IntegrityPortal.Core.Data;

namespace IntegrityPortal.Core.Forces;

/// <summary>
/// Settings a force's administrator edits in the portal. One row per force; each register
/// adds the columns it needs here, so a force's configuration is in one place.
/// </summary>
public class ForceSettings : IForceOwned, IVersioned, IAudited
{
    public int ForceId { get; set; }
    public Force? Force { get; set; }
    public int Version { get; set; }

    /// <summary>What the force calls its professional standards department, shown to users.</summary>
    public string ProfessionalStandardsName { get; set; } = "Professional Standards Department";

    /// <summary>Where officers and staff send integrity questions; shown on the home page.</summary>
    public string? IntegrityContactEmail { get; set; }

    /// <summary>
    /// Whether PSD, head of PSD, DCC, PCC and administrators of the force must sign in with an
    /// authenticator app (<see cref="Security.TwoFactorPolicy"/>). Off until the force turns it on.
    /// </summary>
    public bool RequireTwoFactor { get; set; }

    // Gifts and hospitality register.

    /// <summary>Offers worth less than this need not be declared; 0 means declare everything.</summary>
    public long GiftRecordingThresholdPence { get; set; }

    /// <summary>Acceptance of an offer worth more than this needs line manager and PSD approval.</summary>
    public long GiftApprovalThresholdPence { get; set; } = 5_000;

    /// <summary>Days after an offer within which it must be declared; later declarations are marked late.</summary>
    public int GiftDeclarationDeadlineDays { get; set; } = 28;

    /// <summary>Offers from one organisation to one person in a year above this are flagged for PSD.</summary>
    public long GiftAnnualValueFlagPence { get; set; } = 25_000;

    /// <summary>Whether the force publishes its register on the public page.</summary>
    public bool PublishesGiftRegister { get; set; }

    /// <summary>
    /// The fewest active people a department must hold for the public register to name it;
    /// never fewer than <see cref="Gifts.PublicRegisterRules.MinimumDepartmentSize"/>.
    /// </summary>
    public int PublicDepartmentMinimumPeople { get; set; } = Gifts.PublicRegisterRules.MinimumDepartmentSize;

    /// <summary>
    /// Where the force publishes its gifts and hospitality policy (an https address on the force's
    /// intranet); line managers are shown it beside an acceptance they decide. None by default.
    /// </summary>
    public string? GiftPolicyUrl { get; set; }

    // Media contact log.

    /// <summary>What the force calls the department told of every media contact; shown in the form.</summary>
    public string MediaDepartmentName { get; set; } = "Press office";

    /// <summary>Whether pre-arranged contact and visits to media establishments must be logged before they happen.</summary>
    public bool MediaAdvanceNoticeRequired { get; set; }

    // Business interests and second jobs: the route an application takes.

    /// <summary>Whether the applicant's line manager gives a view before PSD assesses.</summary>
    public bool BusinessInterestLineManagerStep { get; set; } = true;

    /// <summary>The role that decides: <see cref="Security.Roles.HeadOfPsd"/> or <see cref="Security.Roles.DeputyChiefConstable"/>.</summary>
    public string BusinessInterestDecisionMakerRole { get; set; } = Security.Roles.HeadOfPsd;

    /// <summary>Days after a refusal within which the applicant may appeal.</summary>
    public int BusinessInterestAppealDays { get; set; } = 28;

    /// <summary>The role that decides appeals; never the decision maker's role.</summary>
    public string BusinessInterestAppellateRole { get; set; } = Security.Roles.DeputyChiefConstable;

    /// <summary>Months between reviews of an approved interest.</summary>
    public int BusinessInterestReviewMonths { get; set; } = 12;

    /// <summary>
    /// Whether the decision maker and appellate role may also read, without acting, the force's
    /// submitted applications that are not awaiting them. Off (the default): they see an
    /// application only while it awaits their decision or appeal. Each read-only view is audited.
    /// </summary>
    public bool BusinessInterestDecisionReadOnlyView { get; set; }

    // Governance dashboards.

    /// <summary>
    /// The smallest count a dashboard breakdown (by department, by rank) shows; counts from 1 to
    /// one below it read "fewer than N", so no individual can be singled out (see SmallCounts).
    /// </summary>
    public int DashboardSmallCountThreshold { get; set; } = Reporting.Dashboard.SmallCounts.DefaultThreshold;

    // Policies read and understood.

    /// <summary>
    /// Whether those who review or decide a register's records (PSD, the decision makers, the
    /// press office) must first confirm the current version of the register's policy
    /// (<see cref="Policies.PolicyGate"/>). Off until the force turns it on.
    /// </summary>
    public bool PolicyConfirmationBeforeActing { get; set; }

    /// <summary>
    /// Whether people are emailed when they have a policy to read and again when its read-by date
    /// passes (their line manager too), where the deployment has email configured. Off by default.
    /// </summary>
    public bool PolicyEmailReminders { get; set; }

    // Procurement cross-check.

    /// <summary>
    /// Months before and after a contract's award within which an offer from its supplier or a
    /// bidder is raised as a match (HMIC: offers "and then ... awarded a contract").
    /// </summary>
    public int ProcurementWindowMonths { get; set; } = Procurement.ProcurementRules.DefaultWindowMonths;
}
