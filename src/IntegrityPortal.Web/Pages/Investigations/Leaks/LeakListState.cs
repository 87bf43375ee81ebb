using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;

namespace IntegrityPortal.Web.Pages.Investigations.Leaks;

/// <summary>
/// Where in PSD's list of suspected leaks a flag was acted on from: which flags and the page
/// (see <see cref="ListState"/>). "Record no case" goes back to the same list, and returns to it
/// once recorded. The list shows the flags awaiting PSD unless told otherwise, so that is left
/// out of the address and every flag is written "All".
/// </summary>
public sealed class LeakListState(SuspectedLeakStatus? status, int? page)
    : ListState("/Investigations/Leaks", "/Investigations/Leaks/NoCase",
    [
        new("Status", status switch { SuspectedLeakStatus.AwaitingPsd => null, null => AllValue, _ => status.ToString() }),
        PageValue(page),
    ])
{
    public const string AllValue = "All";

    /// <summary>The flags shown: null for every flag.</summary>
    public SuspectedLeakStatus? Status { get; } = status;

    /// <summary>The state bound from a page's address, checked as the list checks it; a state that fails is dropped.</summary>
    public static LeakListState Checked(string? status, int? page, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k == "Status");
        return !bindingFailed && TryStatus(status ?? nameof(SuspectedLeakStatus.AwaitingPsd), out var chosen)
            ? new LeakListState(chosen, page)
            : new LeakListState(SuspectedLeakStatus.AwaitingPsd, null);
    }

    /// <summary>
    /// A status as the list's radios and links send it: its name, "All" or empty for every flag,
    /// and nothing at all for the default. False for anything else.
    /// </summary>
    public static bool TryStatus(string? text, out SuspectedLeakStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == AllValue)
        {
            return true;
        }

        if (Enum.TryParse<SuspectedLeakStatus>(text.Trim(), out var s) && Enum.IsDefined(s) && !text.Any(char.IsDigit))
        {
            status = s;
            return true;
        }

        return false;
    }
}
