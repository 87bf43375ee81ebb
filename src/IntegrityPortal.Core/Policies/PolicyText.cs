using Ganss.Xss;
using Markdig;
using Markdig.Syntax;

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
        // The page's own h1 is the policy's title, so the text's headings start at h2.
        var document = Markdown.Parse(markdown ?? string.Empty, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + 1);
        }

        var html = document.ToHtml(Pipeline);
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
