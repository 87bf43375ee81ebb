namespace IntegrityPortal.Web.Pages.Admin.People;

/// <summary>Lookups shared by the people and departments pages.</summary>
public static class Lookups
{
    /// <summary>Escapes LIKE wildcards so that what the user typed is matched literally.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%";

    public const string LikeEscape = "\\";
}
