using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;govuk-textarea for="Input.Reason" label="Reason" /&gt;</c>: a GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    public int Rows { get; set; } = 5;

    protected override IHtmlContent Control()
    {
        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea");
        if (Error is not null)
        {
            textarea.AddCssClass("govuk-textarea--error");
        }

        textarea.Attributes["id"] = Id;
        textarea.Attributes["name"] = Name;
        textarea.Attributes["rows"] = Rows.ToString();
        Describe(textarea);
        textarea.InnerHtml.Append(Value);
        return textarea;
    }
}
