using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// What every GOV.UK form field shares: a form group, a label, an optional hint, the error
/// message from model state beside the field, and the value the user typed kept on error.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string Name => For.Name;
    protected string Id => TagBuilder.CreateSanitizedId(Name, "_");
    protected string HintId => $"{Id}-hint";
    protected string ErrorId => $"{Id}-error";

    protected string? Error =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    /// <summary>What the user typed, if this is a re-displayed post; otherwise the model's value.</summary>
    protected string Value =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model switch
            {
                null => string.Empty,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? string.Empty,
            };

    protected string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.OfType<string>()) is { Length: > 0 } ids ? ids : null;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var content = new HtmlContentBuilder();
        content.AppendHtml(LabelHtml());
        if (Hint is not null)
        {
            content.AppendHtml($"<div id=\"{HintId}\" class=\"govuk-hint\">").Append(Hint).AppendHtml("</div>");
        }

        if (Error is not null)
        {
            content.AppendHtml($"<p id=\"{ErrorId}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ")
                .Append(Error).AppendHtml("</p>");
        }

        content.AppendHtml(Control());
        output.Content.SetHtmlContent(content);
    }

    protected virtual IHtmlContent LabelHtml()
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        label.Attributes["for"] = Id;
        label.InnerHtml.Append(Label);
        return label;
    }

    protected abstract IHtmlContent Control();

    protected void Describe(TagBuilder control)
    {
        if (DescribedBy is { } ids)
        {
            control.Attributes["aria-describedby"] = ids;
        }
    }
}
