namespace IntegrityPortal.Core.People;

/// <summary>Ranks of a territorial force in England and Wales, lowest first.</summary>
public enum PoliceRank
{
    Constable = 1,
    Sergeant = 2,
    Inspector = 3,
    ChiefInspector = 4,
    Superintendent = 5,
    ChiefSuperintendent = 6,
    AssistantChiefConstable = 7,
    DeputyChiefConstable = 8,
    ChiefConstable = 9,
}

public static class PoliceRanks
{
    public static string DisplayName(this PoliceRank rank) => rank switch
    {
        PoliceRank.ChiefInspector => "Chief Inspector",
        PoliceRank.ChiefSuperintendent => "Chief Superintendent",
        PoliceRank.AssistantChiefConstable => "Assistant Chief Constable",
        PoliceRank.DeputyChiefConstable => "Deputy Chief Constable",
        PoliceRank.ChiefConstable => "Chief Constable",
        _ => rank.ToString(),
    };

    /// <summary>Chief officers (ACC and above) are named in published registers; others are not.</summary>
    public static bool IsChiefOfficer(this PoliceRank rank) => rank >= PoliceRank.AssistantChiefConstable;
}
