using IntegrityPortal.Core.Gifts;

namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>A Check your answers page of a declaration or an amendment: what _GiftAnswers lists, and where each Change link goes.</summary>
public interface IGiftAnswers
{
    GiftDetails Details { get; }
    string OrganisationName { get; }
    string ChangeUrl(string field);
}
