using Ganss.Xss;
using Markdig;

namespace IntegrityPortal.Core.Policies;

/// <summary>
/// A policy's Markdown turned into HTML that is safe to show: Markdig renders it with raw HTML
/// switched off, then HtmlSanitizer keeps only harmless elements and attributes, so neither a
/// script nor a javascript: link written into a policy reaches a reader's browser.
/// </summary>
public static class PolicyText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToSafeHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown ?? string.Empty, Pipeline);
        lock (Sanitizer)
        {
            return Sanitizer.Sanitize(html);
        }
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedTags.Remove("form");
        return sanitizer;
    }
}
