using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;govuk-select for="Input.ForceId" label="Force" items="Model.Forces" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of a first option with an empty value ("Choose a force", "Any force").</summary>
    public string? Empty { get; set; }

    protected override IHtmlContent Control()
    {
        var select = new TagBuilder("select");
        select.AddCssClass("govuk-select");
        if (Error is not null)
        {
            select.AddCssClass("govuk-select--error");
        }

        select.Attributes["id"] = Id;
        select.Attributes["name"] = Name;
        Describe(select);
        var selected = Value;
        if (Empty is not null)
        {
            select.InnerHtml.AppendHtml(Option(string.Empty, Empty, selected.Length == 0));
        }

        foreach (var item in Items)
        {
            select.InnerHtml.AppendHtml(Option(item.Value, item.Text, item.Value == selected));
        }

        return select;
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }
}
