using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-autocomplete for="Input.OrganisationId" name-for="Input.OrganisationName" label="..." search="organisation" /&gt;</c>:
/// the one way to choose an organisation or outlet from the force's list. A text box for the
/// name (with the field's id, so errors and the summary land on it) and a hidden field for the
/// chosen record's id. With JavaScript, accessible-autocomplete turns the text box into a
/// combobox fed by the force-scoped search (<c>/Organisations/Search?handler=Json</c>); the id
/// is set only when a suggestion is chosen. Without it, the name typed is matched exactly on
/// the server, and a link opens the same search as a page. Nothing lists the whole list.
/// </summary>
[HtmlTargetElement("govuk-autocomplete", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkAutocompleteTagHelper : GovUkFieldTagHelper
{
    /// <summary>The text property that holds the name typed or chosen.</summary>
    [HtmlAttributeName("name-for")]
    public ModelExpression NameFor { get; set; } = null!;

    /// <summary>"organisation" or "outlet": the words of the search page.</summary>
    public string Search { get; set; } = "organisation";

    protected override IHtmlContent Control()
    {
        var state = ViewContext.ViewData.ModelState;
        var typed = state.TryGetValue(NameFor.Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : NameFor.Model as string ?? string.Empty;
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"app-autocomplete\" data-module=\"app-autocomplete\" data-source=\"/Organisations/Search?handler=Json&amp;for={Search}\">");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        if (Error is not null)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = Id;
        input.Attributes["name"] = NameFor.Name;
        input.Attributes["type"] = "text";
        input.Attributes["value"] = typed;
        input.Attributes["spellcheck"] = "false";
        input.Attributes["autocomplete"] = "off";
        Describe(input);
        html.AppendHtml(input);
        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["id"] = $"{Id}-value";
        hidden.Attributes["name"] = Name;
        hidden.Attributes["value"] = Value;
        html.AppendHtml(hidden);
        html.AppendHtml("</div>");
        html.AppendHtml($"<p class=\"govuk-body-s app-autocomplete__search\"><a class=\"govuk-link\" href=\"/Organisations/Search?for={Search}\" target=\"_blank\" rel=\"noopener\">Find the {Search} by part of its name (opens in new tab)</a></p>");
        return html;
    }
}
