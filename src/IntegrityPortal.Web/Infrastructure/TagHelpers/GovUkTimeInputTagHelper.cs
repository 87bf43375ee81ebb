using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-time-input for="Input.ContactedAt" label="Time" hint="For example, 14:30" /&gt;</c>:
/// hour and minute text boxes in a fieldset whose legend is the label, built as the GOV.UK date
/// input is, for a <see cref="TimeInput"/>. On error the boxes show what was typed and only the
/// wrong ones are highlighted; the hour box carries the field's id, so the error summary links to it.
/// </summary>
[HtmlTargetElement("govuk-time-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTimeInputTagHelper : GovUkFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        fieldset.Attributes["role"] = "group";
        if (DescribedBy is { } describedBy)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

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
        var shown = Shown();
        var wrong = Error is null ? TimePart.None : shown.Read().Wrong is var w && w != TimePart.None ? w : TimePart.Both;
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-date-input\" id=\"{Id}-input\">");
        html.AppendHtml(Box("Hour", Id, shown.Hour, (wrong & TimePart.Hour) != 0));
        html.AppendHtml(Box("Minute", $"{Id}-minute", shown.Minute, (wrong & TimePart.Minute) != 0));
        html.AppendHtml("</div>");
        return html;
    }

    /// <summary>What the boxes show: the parts as typed on a re-displayed post, else the time held.</summary>
    private TimeInput Shown()
    {
        var state = ViewContext.ViewData.ModelState;
        if (state.ContainsKey($"{Name}.Hour") || state.ContainsKey($"{Name}.Minute"))
        {
            string? Typed(string part) => state.TryGetValue($"{Name}.{part}", out var entry) ? entry.AttemptedValue : null;
            return new TimeInput { Hour = Typed("Hour"), Minute = Typed("Minute") };
        }

        return For.Model as TimeInput ?? new TimeInput();
    }

    private string Box(string part, string id, string? value, bool wrong)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input govuk-date-input__input govuk-input--width-2");
        if (wrong)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = $"{Name}.{part}";
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        input.Attributes["autocomplete"] = "off";
        input.Attributes["value"] = value ?? string.Empty;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.Write("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        writer.Write($"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{part}</label>");
        input.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        writer.Write("</div></div>");
        return writer.ToString();
    }
}
