using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-checkboxes for="Input.Roles" label="Roles" items="Model.RoleOptions" /&gt;</c>:
/// a GOV.UK checkbox group for a list of strings, in a fieldset whose legend is the label.
/// The first box carries the field's id, so the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxesTagHelper : GovUkFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        Describe(fieldset);
        fieldset.InnerHtml.AppendHtml("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">").Append(Label).AppendHtml("</legend>");
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
        var chosen = (For.Model as IEnumerable<string> ?? []).ToHashSet(StringComparer.Ordinal);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">");
        var index = 0;
        foreach (var item in Items)
        {
            var id = index++ == 0 ? Id : $"{Id}-{index}";
            html.AppendHtml("<div class=\"govuk-checkboxes__item\">");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass("govuk-checkboxes__input");
            input.Attributes["id"] = id;
            input.Attributes["name"] = Name;
            input.Attributes["type"] = "checkbox";
            input.Attributes["value"] = item.Value;
            if (chosen.Contains(item.Value))
            {
                input.Attributes["checked"] = "checked";
            }

            html.AppendHtml(input);
            var label = new TagBuilder("label");
            label.AddCssClass("govuk-label govuk-checkboxes__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(item.Text);
            html.AppendHtml(label);
            html.AppendHtml("</div>");
        }

        html.AppendHtml("</div>");
        return html;
    }
}
