namespace IntegrityPortal.Core.Investigations;

/// <summary>What a case is about: the areas of HMIC's "Revisiting police relationships" (2012).</summary>
public enum InvestigationCategory
{
    InappropriateDisclosureToMedia = 1,
    SocialMediaConduct = 2,
    GiftsAndHospitality = 3,
    BusinessInterests = 4,
    Procurement = 5,
    MisuseOfCorporateCard = 6,
    Other = 7,
}

/// <summary>How a case arose.</summary>
public enum InvestigationOrigin
{
    InternalReferral = 1,
    PressOfficeFlag = 2,

    /// <summary>Referred back to the force by outside research, such as HMIC's commissioned research on Facebook and Twitter.</summary>
    ExternalResearchReferral = 3,
    PublicComplaint = 4,
    Audit = 5,
    Other = 6,
}

/// <summary>
/// Open while it is being investigated; Continuing once PSD has carried it past a reporting
/// date still under investigation (HMIC's "continuing at the time of the inspection"); Closed
/// with an outcome. See decision 0016.
/// </summary>
public enum InvestigationStatus
{
    Open = 1,
    Continuing = 2,
    Closed = 3,
}

public enum InvestigationOutcome
{
    NoCaseToAnswer = 1,
    ManagementAction = 2,
    Misconduct = 3,
    GrossMisconduct = 4,
    CriminalProceedings = 5,
}

/// <summary>The kinds of record a case can link to. Each kind is checked against the case's force (see <see cref="RecordLinks"/>).</summary>
public enum LinkedRecordKind
{
    MediaContact = 1,
    GiftDeclaration = 2,
    BusinessInterest = 3,
    ProcurementMatch = 4,
}

public static class InvestigationText
{
    public static string Describe(this InvestigationCategory value) => value switch
    {
        InvestigationCategory.InappropriateDisclosureToMedia => "Inappropriate disclosure to the media",
        InvestigationCategory.SocialMediaConduct => "Social media conduct",
        InvestigationCategory.GiftsAndHospitality => "Gifts and hospitality",
        InvestigationCategory.BusinessInterests => "Business interests",
        InvestigationCategory.Procurement => "Procurement",
        InvestigationCategory.MisuseOfCorporateCard => "Misuse of corporate card",
        _ => "Other",
    };

    public static string Describe(this InvestigationOrigin value) => value switch
    {
        InvestigationOrigin.InternalReferral => "Internal referral",
        InvestigationOrigin.PressOfficeFlag => "Press office flag",
        InvestigationOrigin.ExternalResearchReferral => "External research referral",
        InvestigationOrigin.PublicComplaint => "Public complaint",
        InvestigationOrigin.Audit => "Audit",
        _ => "Other",
    };

    public static string Describe(this InvestigationStatus value) => value.ToString();

    public static string Describe(this InvestigationOutcome value) => value switch
    {
        InvestigationOutcome.NoCaseToAnswer => "No case to answer",
        InvestigationOutcome.ManagementAction => "Management action",
        InvestigationOutcome.Misconduct => "Misconduct",
        InvestigationOutcome.GrossMisconduct => "Gross misconduct",
        InvestigationOutcome.CriminalProceedings => "Criminal proceedings",
        _ => value.ToString(),
    };

    public static string Describe(this LinkedRecordKind value) => value switch
    {
        LinkedRecordKind.MediaContact => "Media contact",
        LinkedRecordKind.GiftDeclaration => "Gifts and hospitality declaration",
        LinkedRecordKind.BusinessInterest => "Business interest",
        LinkedRecordKind.ProcurementMatch => "Procurement match",
        _ => value.ToString(),
    };
}
