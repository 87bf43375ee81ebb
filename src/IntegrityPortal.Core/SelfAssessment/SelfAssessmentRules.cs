using IntegrityPortal.Core.Security;

namespace IntegrityPortal.Core.SelfAssessment;

public static class SelfAssessmentRules
{
    public const int TitleLength = 150;
    public const int EvidenceLength = 4000;
    public const int ActionLength = 1000;
    public const int NoteLength = 2000;

    /// <summary>Who runs a force's self-assessment: the head of PSD and the deputy chief constable.</summary>
    public static readonly string[] WriterRoles = [Roles.HeadOfPsd, Roles.DeputyChiefConstable];

    /// <summary>Who reads it: the writers, the police and crime commissioner and the inspectorate.</summary>
    public static readonly string[] ReaderRoles = [Roles.HeadOfPsd, Roles.DeputyChiefConstable, Roles.Pcc, Roles.Inspector];

    public static string Describe(this AssessmentGroup group) => group switch
    {
        AssessmentGroup.MediaRelationships => "Media relationships",
        AssessmentGroup.GiftsAndHospitality => "Gifts and hospitality",
        AssessmentGroup.Procurement => "Procurement",
        AssessmentGroup.SecondJobs => "Second jobs and business interests",
        AssessmentGroup.SocialMedia => "Social media",
        AssessmentGroup.Governance => "Governance",
        AssessmentGroup.Training => "Training",
        _ => "Information security",
    };

    public static string Describe(this ItemRating rating) => rating switch
    {
        ItemRating.Met => "Met",
        ItemRating.PartlyMet => "Partly met",
        _ => "Not met",
    };

    public static string Describe(this ActionStatus status) => status switch
    {
        ActionStatus.Open => "Not started",
        ActionStatus.InProgress => "In progress",
        _ => "Completed",
    };

    /// <summary>Whether a rating is better than another (met over partly met over not met); false when either is missing.</summary>
    public static bool Improved(ItemRating? before, ItemRating? after) => before is { } b && after is { } a && a < b;
}
