using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the GOV.UK error summary, listing each field's error
/// (the one shown beside the field) with a link to the field. Renders nothing when the page
/// has no errors.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>
    /// Model state does not keep insertion order, so errors are listed in the order the
    /// input model declares its properties, which is the order of the form's fields.
    /// Page-level errors (empty key) come first.
    /// </summary>
    private int FormOrder(string key)
    {
        if (key.Length == 0)
        {
            return -1;
        }

        var metadata = ViewContext.ViewData.ModelMetadata;
        var order = 0;
        foreach (var part in key.Split('.'))
        {
            var properties = metadata.Properties.ToList();
            var index = properties.FindIndex(p => p.PropertyName == part);
            if (index < 0)
            {
                return int.MaxValue;
            }

            order = order * 100 + index;
            metadata = properties[index];
        }

        return order;
    }

    /// <summary>
    /// For a GOV.UK date input, the id suffix of its first wrong box (the day box carries the
    /// field's own id); nothing for any other field.
    /// </summary>
    private string FirstWrongDatePart(string key)
    {
        var state = ViewContext.ViewData.ModelState;
        if (!DateInputParts.Suffixes.Any(s => state.ContainsKey($"{key}.{s}")))
        {
            return string.Empty;
        }

        string? Typed(string suffix) => state.TryGetValue($"{key}.{suffix}", out var entry) ? entry.AttemptedValue : null;
        return DateInputParts.IdSuffix(new DateInputParts(Typed("Day"), Typed("Month"), Typed("Year")).Read().Wrong);
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // One message per field, the one shown beside it (GovUkFieldTagHelper shows a field's
        // first error): a value the binder could not read and the validator's rule on the
        // now empty field, or two password rules, would otherwise list two errors in the
        // summary against one beside the field. Page-level errors (empty key) are all listed.
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value!.Errors.Count > 0)
            .SelectMany(entry => (entry.Key.Length == 0 ? entry.Value!.Errors : entry.Value!.Errors.Take(1)).Select(error => (entry.Key, error.ErrorMessage)))
            .OrderBy(error => FormOrder(error.Key))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var list = new HtmlContentBuilder();
        foreach (var (key, message) in errors)
        {
            list.AppendHtml("<li>");
            if (key.Length == 0)
            {
                list.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(key, "_") + FirstWrongDatePart(key);
                link.InnerHtml.Append(message);
                list.AppendHtml(link);
            }

            list.AppendHtml("</li>");
        }

        output.Content.SetHtmlContent(new HtmlContentBuilder()
            .AppendHtml("<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
            .AppendHtml("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">")
            .AppendHtml(list)
            .AppendHtml("</ul></div></div>"));
    }
}
