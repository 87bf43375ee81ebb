using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;govuk-date-input for="Input.OfferedOn" label="Date of the offer" /&gt;</c>: the GOV.UK
/// date input, day, month and year boxes in a fieldset whose legend is the label. The boxes post
/// <c>{name}.Day</c>, <c>{name}.Month</c> and <c>{name}.Year</c>, which the strict date binder
/// reads into the property (a <see cref="DateOnly"/>). On error the boxes show what was typed and
/// only the wrong ones are highlighted; the day box carries the field's id, the others
/// <c>{id}-month</c> and <c>{id}-year</c>, so the error summary can link to the first wrong one.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    public const string DefaultHint = "For example, 23 11 2026";

    /// <summary>A legend as the page's heading size ("l") on a question page; small otherwise.</summary>
    public string LegendSize { get; set; } = "s";

    /// <summary>Marks the legend as the page's h1, on a page that asks one question.</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>The page's own hint, if any, followed by the example every date input gives.</summary>
    private string HintText => Hint is null ? DefaultHint : $"{Hint.TrimEnd().TrimEnd('.')}. {DefaultHint}";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        fieldset.Attributes["role"] = "group";
        fieldset.Attributes["aria-describedby"] = Error is null ? HintId : $"{HintId} {ErrorId}";
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
        fieldset.InnerHtml.AppendHtml($"<div id=\"{HintId}\" class=\"govuk-hint\">").Append(HintText).AppendHtml("</div>");
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
        var parts = Shown();
        var wrong = Error is null ? DatePart.None : parts.Read().Wrong is var w && w != DatePart.None ? w : DatePart.All;
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-date-input\" id=\"{Id}-input\">");
        html.AppendHtml(Box("Day", Id, parts.Day, 2, (wrong & DatePart.Day) != 0));
        html.AppendHtml(Box("Month", $"{Id}-month", parts.Month, 2, (wrong & DatePart.Month) != 0));
        html.AppendHtml(Box("Year", $"{Id}-year", parts.Year, 4, (wrong & DatePart.Year) != 0));
        html.AppendHtml("</div>");
        return html;
    }

    /// <summary>What the boxes show: the parts as typed on a re-displayed post, else the date held.</summary>
    private DateInputParts Shown()
    {
        var state = ViewContext.ViewData.ModelState;
        string? Typed(string suffix) => state.TryGetValue($"{Name}.{suffix}", out var entry) ? entry.AttemptedValue : null;
        if (DateInputParts.Suffixes.Any(s => state.ContainsKey($"{Name}.{s}")))
        {
            return new DateInputParts(Typed("Day"), Typed("Month"), Typed("Year"));
        }

        if (state.TryGetValue(Name, out var whole) && whole.AttemptedValue is { } text)
        {
            // A date sent whole (from a link): shown in the boxes if it reads as one.
            return FormDates.Parse(text) is { } linked ? DateInputParts.Of(linked) : new DateInputParts(null, null, null);
        }

        return For.Model switch
        {
            DateOnly date => DateInputParts.Of(date),
            DateTime dateTime => DateInputParts.Of(DateOnly.FromDateTime(dateTime)),
            _ => new DateInputParts(null, null, null),
        };
    }

    private string Box(string part, string id, string? value, int width, bool wrong)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"govuk-input govuk-date-input__input govuk-input--width-{width}");
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
