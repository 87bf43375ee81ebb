using System.Security.Claims;
using IntegrityPortal.Core.Security;
using IntegrityPortal.Core.SelfAssessment;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IntegrityPortal.Web.Pages.SelfAssessments;

/// <summary>What the self-assessment's pages share: who may write, choices, and tags.</summary>
public static class SelfAssessmentPages
{
    public const string ConfirmationKey = "SelfAssessmentConfirmation";

    public static bool MayWrite(ClaimsPrincipal user) => SelfAssessmentRules.WriterRoles.Any(user.IsInRole);

    /// <summary>
    /// A writer writes only their own force's assessment: an alliance's head of PSD reads the
    /// partner force's, but its head of PSD and DCC run it.
    /// </summary>
    public static bool MayWrite(ClaimsPrincipal user, ICurrentActor actor, int forceId) => MayWrite(user) && actor.HomeForceId == forceId;

    public static bool MayRead(ClaimsPrincipal user) => SelfAssessmentRules.ReaderRoles.Any(user.IsInRole);

    public static readonly IReadOnlyList<SelectListItem> RatingOptions =
        Enum.GetValues<ItemRating>().Select(r => new SelectListItem(r.Describe(), r.ToString())).ToList();

    public static readonly IReadOnlyList<SelectListItem> StatusOptions =
        Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(s.Describe(), s.ToString())).ToList();

    public static string RatingTag(ItemRating? rating) => rating switch
    {
        ItemRating.Met => "govuk-tag--green",
        ItemRating.PartlyMet => "govuk-tag--yellow",
        ItemRating.NotMet => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    public static string StatusTag(ActionStatus status, bool overdue) => status switch
    {
        ActionStatus.Completed => "govuk-tag--green",
        _ when overdue => "govuk-tag--red",
        ActionStatus.InProgress => "govuk-tag--blue",
        _ => "govuk-tag--grey",
    };
}
