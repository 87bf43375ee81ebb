using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-checkbox for="Input.IsActive" label="Active" /&gt;</c>: one yes/no checkbox
/// for a bool. A hidden "false" follows it so an unticked box still posts a value.
/// </summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxTagHelper : GovUkFieldTagHelper
{
    protected override IHtmlContent LabelHtml() => HtmlString.Empty;

    protected override IHtmlContent Control()
    {
        var isChecked = string.Equals(Value.Split(',')[0], "true", StringComparison.OrdinalIgnoreCase);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-checkboxes__input");
        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = "checkbox";
        input.Attributes["value"] = "true";
        if (isChecked)
        {
            input.Attributes["checked"] = "checked";
        }

        Describe(input);
        html.AppendHtml(input);
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label govuk-checkboxes__label");
        label.Attributes["for"] = Id;
        label.InnerHtml.Append(Label);
        html.AppendHtml(label);
        html.AppendHtml("</div></div>");
        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = Name;
        hidden.Attributes["value"] = "false";
        html.AppendHtml(hidden);
        return html;
    }
}
