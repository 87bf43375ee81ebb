namespace IntegrityPortal.Core.Policies;

/// <summary>What a policy is about; the registers behind the first four link to it.</summary>
public enum PolicySubject
{
    GiftsAndHospitality = 1,
    MediaRelationships = 2,
    BusinessInterests = 3,
    SocialMedia = 4,
    CorporateCards = 5,
    Other = 9,
}

/// <summary>Who must read a version and confirm it.</summary>
public enum PolicyAudience
{
    Everyone = 1,
    Officers = 2,
    Staff = 3,
    /// <summary>The people of the departments chosen (<see cref="PolicyVersion.AudienceDepartmentIds"/>).</summary>
    Departments = 4,
    /// <summary>The officers of the ranks chosen (<see cref="PolicyVersion.AudienceRanks"/>).</summary>
    Ranks = 5,
}

public enum PolicyVersionStatus
{
    Draft = 1,
    Published = 2,
}

public static class PolicyWords
{
    public static string Describe(this PolicySubject subject) => subject switch
    {
        PolicySubject.GiftsAndHospitality => "Gifts and hospitality",
        PolicySubject.MediaRelationships => "Media relationships",
        PolicySubject.BusinessInterests => "Business interests and second jobs",
        PolicySubject.SocialMedia => "Social media",
        PolicySubject.CorporateCards => "Use of corporate cards",
        _ => "Other",
    };

    public static string Describe(this PolicyAudience audience) => audience switch
    {
        PolicyAudience.Everyone => "Everyone",
        PolicyAudience.Officers => "Police officers",
        PolicyAudience.Staff => "Police staff",
        PolicyAudience.Departments => "People in chosen departments",
        PolicyAudience.Ranks => "Officers of chosen ranks",
        _ => audience.ToString(),
    };
}
