namespace IntegrityPortal.Web.Pages.Gifts.Declarations;

/// <summary>One question page of the declaration: its address, its heading and the answers it asks for.</summary>
public sealed record GiftQuestionPage(string Slug, string Title, string Partial, IReadOnlyList<string> Fields)
{
    /// <summary>True when a model-state key ("Input.OfferedOn", "Input.OfferedOn.Day") is one of this page's answers.</summary>
    public bool Asks(string key) =>
        Fields.Any(f => key == $"{nameof(DeclareModel.Input)}.{f}" || key.StartsWith($"{nameof(DeclareModel.Input)}.{f}.", StringComparison.Ordinal));
}

/// <summary>
/// The declaration's 14 questions as three question pages, grouped as a declarant thinks of
/// the offer: who made it, what it was and what it was worth, when it was made and what they
/// did with it. Check your answers follows the last.
/// </summary>
public static class GiftQuestions
{
    public static readonly IReadOnlyList<GiftQuestionPage> Pages =
    [
        new("who", "Who made the offer", "~/Pages/Gifts/_GiftWho.cshtml",
        [
            nameof(GiftInput.OfferorName), nameof(GiftInput.OrganisationId), nameof(GiftInput.OrganisationName),
            nameof(GiftInput.NewOrganisationName), nameof(GiftInput.NewOrganisationCompanyNumber),
            nameof(GiftInput.Relationship), nameof(GiftInput.InvolvedInPurchasing),
        ]),
        new("what", "What was offered and its value", "~/Pages/Gifts/_GiftWhat.cshtml",
        [
            nameof(GiftInput.OfferType), nameof(GiftInput.Description), nameof(GiftInput.Value), nameof(GiftInput.IsCashOrEquivalent),
        ]),
        new("when", "When it was offered and whether you accepted it", "~/Pages/Gifts/_GiftWhen.cshtml",
        [
            nameof(GiftInput.OfferedOn), nameof(GiftInput.Outcome), nameof(GiftInput.Reason), nameof(GiftInput.Disposal),
        ]),
    ];

    public static GiftQuestionPage? Find(string? slug) => Pages.FirstOrDefault(p => p.Slug == slug);

    public static int Number(GiftQuestionPage page) => Pages.ToList().IndexOf(page) + 1;

    public static GiftQuestionPage? Next(GiftQuestionPage page) => Number(page) < Pages.Count ? Pages[Number(page)] : null;

    public static GiftQuestionPage? Previous(GiftQuestionPage page) => Number(page) > 1 ? Pages[Number(page) - 2] : null;

    /// <summary>The page that asks a field, for the Change links and for sending the user back to an answer that no longer holds.</summary>
    public static GiftQuestionPage PageOf(string key) => Pages.FirstOrDefault(p => p.Asks(key)) ?? Pages[0];

    /// <summary>Copies this page's answers, as posted, onto the answers kept so far.</summary>
    public static void Copy(GiftQuestionPage page, GiftInput posted, GiftInput kept)
    {
        foreach (var field in page.Fields)
        {
            var property = typeof(GiftInput).GetProperty(field)!;
            property.SetValue(kept, property.GetValue(posted));
        }
    }
}
