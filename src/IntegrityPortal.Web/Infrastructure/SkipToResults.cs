using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IntegrityPortal.Web.Infrastructure;

/// <summary>
/// "Skip to results" on a filtered list: a filter form can hold a dozen fields, and without
/// this link a keyboard user tabs through all of them, after the navigation, to reach the first
/// result. A page marks where its results start (their count, such as "1,234 declarations")
/// while it renders them; the layout then offers the link among its skip links, the first
/// Tab stops of the page, so it also works when the filters have just been applied.
/// </summary>
public static class SkipToResults
{
    private const string Key = "IntegrityPortal.SkipToResults";

    /// <param name="targetId">The element that starts the results and says how many there are.</param>
    public static void Mark(ViewDataDictionary viewData, string targetId = "result-count") => viewData[Key] = targetId;

    public static string? TargetOf(ViewDataDictionary viewData) => viewData[Key] as string;
}
