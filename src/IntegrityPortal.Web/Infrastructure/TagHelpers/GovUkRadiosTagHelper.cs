using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-radios for="Input.Outcome" label="Did you accept or decline it?" items="..." /&gt;</c>:
/// GOV.UK radios for a choice among a few options (a select box is kept only for long lists),
/// in a fieldset whose legend is the label. <c>yes-no="true"</c> asks a yes/no question of a
/// bool (or bool?) instead of a single checkbox. Nothing is chosen until the user chooses, or
/// the record already holds an answer. The first radio carries the field's id, so the error
/// summary's link lands on it. <c>reveal-on="Value"</c> puts the element's content beneath that
/// option as a GOV.UK conditional reveal: shown when the option is chosen (with JavaScript) and
/// always shown without it, so the form works either way.
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovUkRadiosTagHelper : GovUkFieldTagHelper
{
    private static readonly SelectListItem[] YesNoItems = [new("Yes", "true"), new("No", "false")];

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>A yes/no question: the items are Yes (true) and No (false), side by side.</summary>
    public bool YesNo { get; set; }

    /// <summary>Side by side, for two short options.</summary>
    public bool Inline { get; set; }

    /// <summary>Smaller radios, for a list page's filter panel.</summary>
    public bool Small { get; set; }

    /// <summary>Text of a first radio with an empty value ("Any", in a filter).</summary>
    public string? Empty { get; set; }

    /// <summary>The legend's size: "s" in a longer form, "l" when the question is the page's heading.</summary>
    public string LegendSize { get; set; } = "s";

    /// <summary>Marks the legend as the page's h1, on a page that asks one question.</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>An unchecked bool binds as false; on a new form that must not read as an answer of No.</summary>
    public bool Unanswered { get; set; }

    /// <summary>The value of the option whose follow-up question (the element's content) is revealed when it is chosen.</summary>
    public string? RevealOn { get; set; }

    private IHtmlContent? revealed;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        revealed = RevealOn is null ? null : await output.GetChildContentAsync();
        Process(context, output);
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        Describe(fieldset);
        fieldset.InnerHtml.AppendHtml($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{LegendSize}\">");
        if (IsPageHeading)
        {
            fieldset.InnerHtml.AppendHtml("<h1 class=\"govuk-fieldset__heading\">").Append(Label).AppendHtml("</h1>");
        }
        else
        {
            fieldset.InnerHtml.Append(Label);
        }

        fieldset.InnerHtml.AppendHtml("</legend>");
        if (Hint is not null)
        {
            fieldset.InnerHtml.AppendHtml($"<div id=\"{HintId}\" class=\"govuk-hint\">").Append(Hint).AppendHtml("</div>");
        }

        if (Error is not null)
        {
            fieldset.InnerHtml.AppendHtml($"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ")
                .Append(Error).AppendHtml("</p>");
        }

        fieldset.InnerHtml.AppendHtml(Control());
        output.Content.SetHtmlContent(fieldset);
    }

    protected override IHtmlContent LabelHtml() => HtmlString.Empty;

    protected override IHtmlContent Control()
    {
        var posted = ViewContext.ViewData.ModelState.ContainsKey(Name);
        var chosen = Unanswered && !posted ? null : Value.Split(',')[0];
        var items = (YesNo ? YesNoItems : Items).ToList();
        if (Empty is not null)
        {
            items.Insert(0, new SelectListItem(Empty, string.Empty));
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-radios{(Inline || YesNo ? " govuk-radios--inline" : string.Empty)}{(Small ? " govuk-radios--small" : string.Empty)}\" data-module=\"govuk-radios\">");
        var index = 0;
        foreach (var item in items)
        {
            var id = index++ == 0 ? Id : $"{Id}-{index}";
            html.AppendHtml("<div class=\"govuk-radios__item\">");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass("govuk-radios__input");
            input.Attributes["id"] = id;
            input.Attributes["name"] = Name;
            input.Attributes["type"] = "radio";
            input.Attributes["value"] = item.Value;
            var isChosen = chosen is not null && string.Equals(item.Value, chosen, StringComparison.OrdinalIgnoreCase);
            if (isChosen)
            {
                input.Attributes["checked"] = "checked";
            }

            var reveals = revealed is not null && string.Equals(item.Value, RevealOn, StringComparison.OrdinalIgnoreCase);
            if (reveals)
            {
                input.Attributes["data-aria-controls"] = $"conditional-{id}";
            }

            html.AppendHtml(input);
            var label = new TagBuilder("label");
            label.AddCssClass("govuk-label govuk-radios__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(item.Text);
            html.AppendHtml(label);
            html.AppendHtml("</div>");
            if (reveals)
            {
                // Hidden only once GOV.UK Frontend runs (its CSS needs the page's JavaScript class).
                html.AppendHtml($"<div class=\"govuk-radios__conditional{(isChosen ? string.Empty : " govuk-radios__conditional--hidden")}\" id=\"conditional-{id}\">");
                html.AppendHtml(revealed!);
                html.AppendHtml("</div>");
            }
        }

        html.AppendHtml("</div>");
        return html;
    }
}
