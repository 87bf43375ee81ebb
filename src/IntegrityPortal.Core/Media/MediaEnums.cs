namespace IntegrityPortal.Core.Media;

/// <summary>How the contact with the journalist took place.</summary>
public enum MediaContactMethod
{
    Phone = 1,
    Email = 2,
    Meeting = 3,
    Event = 4,
    SocialMedia = 5,
    Other = 6,
}

/// <summary>Where a suspected leak stands with PSD.</summary>
public enum SuspectedLeakStatus
{
    AwaitingPsd = 1,
    CaseOpened = 2,
    NoCaseOpened = 3,
}

public static class MediaText
{
    public static string Describe(this MediaContactMethod value) => value switch
    {
        MediaContactMethod.SocialMedia => "Social media",
        _ => value.ToString(),
    };

    public static string Describe(this SuspectedLeakStatus value) => value switch
    {
        SuspectedLeakStatus.AwaitingPsd => "Awaiting PSD",
        SuspectedLeakStatus.CaseOpened => "Case opened",
        SuspectedLeakStatus.NoCaseOpened => "No case opened",
        _ => value.ToString(),
    };

    /// <summary>
    /// What the media department's pages say of PSD's answer: whether PSD has answered, not
    /// how. Whether a case was opened on a named officer is PSD's to know (issue: the press
    /// office sees counts of cases, never a case).
    /// </summary>
    public static string DescribeForDepartment(this SuspectedLeakStatus value) =>
        value == SuspectedLeakStatus.AwaitingPsd ? "Awaiting PSD" : "Answered by PSD";
}
