using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;govuk-input for="Input.Name" label="Name" /&gt;</c>: a GOV.UK text input.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK width class suffix: "20", "10", "5", "one-half", ...</summary>
    public string? Width { get; set; }

    public string? Autocomplete { get; set; }
    public bool Spellcheck { get; set; } = true;

    protected override IHtmlContent Control()
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (Width is not null)
        {
            input.AddCssClass(Width.Contains('-') ? $"govuk-!-width-{Width}" : $"govuk-input--width-{Width}");
        }

        if (Error is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = Id;
        input.Attributes["name"] = Name;
        input.Attributes["type"] = Type;
        input.Attributes["value"] = Type == "password" ? string.Empty : Value;
        input.Attributes["spellcheck"] = Spellcheck ? "true" : "false";
        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        Describe(input);
        return input;
    }
}
