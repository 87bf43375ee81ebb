using IntegrityPortal.Core.Media;
using IntegrityPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IntegrityPortal.Web.Pages.Media.Office;

/// <summary>
/// Where in the media contact log a contact was opened from: its filter and page (see
/// <see cref="ListState"/>). The contact page builds "Back to media contacts" and "Next in this
/// list" from it; the bulk acknowledgement goes back to the same list.
/// </summary>
public sealed class MediaListState(MediaContactFilter filter, int? page)
    : ListState("/Media/Office", "/Media/Office/View", filter.ToQuery(nameof(Filter)).Append(PageValue(page)))
{
    public MediaContactFilter Filter { get; } = filter;

    /// <summary>The state bound from the request, checked as the list checks it; a state that fails is dropped.</summary>
    public static MediaListState Checked(MediaContactFilter filter, int? page, ModelStateDictionary modelState)
    {
        var bindingFailed = RemoveListKeys(modelState, k => k.StartsWith("Filter.", StringComparison.Ordinal));
        return bindingFailed || filter.Check().Any() ? new MediaListState(new MediaContactFilter(), null) : new MediaListState(filter, page);
    }
}
