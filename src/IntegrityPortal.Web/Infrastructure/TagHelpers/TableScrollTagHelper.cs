using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IntegrityPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;table class="govuk-table" scroll-label="Declarations"&gt;</c>: wraps the table in a
/// labelled region that scrolls sideways by itself, so a table wider than the screen never
/// widens the page (WCAG 1.4.10, reflow at 320 CSS pixels). The region takes keyboard focus
/// (tabindex 0), so someone without a mouse can scroll it with the arrow keys, and its label
/// tells a screen reader user which table the scrolling region holds. The one way to make a
/// table scroll: <c>.app-table-scroll</c> in portal.scss is its only style.
/// </summary>
[HtmlTargetElement("table", Attributes = LabelAttribute)]
public sealed class TableScrollTagHelper : TagHelper
{
    private const string LabelAttribute = "scroll-label";

    /// <summary>What the table holds, such as "Declarations"; a screen reader reads it for the region.</summary>
    [HtmlAttributeName(LabelAttribute)]
    public string Label { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Label))
        {
            throw new InvalidOperationException("A scrolling table needs a scroll-label that says what it holds.");
        }

        output.PreElement.AppendHtml("<div class=\"app-table-scroll\" role=\"region\" aria-label=\"")
            .Append(Label)
            .AppendHtml("\" tabindex=\"0\">");
        output.PostElement.AppendHtml("</div>");
    }
}
