using IntegrityPortal.Core.Media;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.Media;

/// <summary>What the media pages share: the choices their forms offer.</summary>
public static class MediaChoices
{
    public static readonly IReadOnlyList<SelectListItem> Methods =
        Enum.GetValues<MediaContactMethod>().Select(v => new SelectListItem(v.Describe(), v.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> Acknowledgements =
    [
        new("Awaiting acknowledgement", nameof(AcknowledgementFilter.Awaiting)),
        new("Acknowledged", nameof(AcknowledgementFilter.Acknowledged)),
    ];
}
