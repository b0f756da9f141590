using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>
/// Reads the quarter's prose: <c>prose.LANG.md</c> files beside the dataset, in Markdown. Each <c># key</c> heading starts
/// a section the pack places by its key; a section holds paragraphs, bullets (<c>- </c>), quotes (<c>&gt; </c>) and
/// headings (<c>##</c>, <c>###</c>), whose text is a template like the pack's. A line ending in two spaces breaks the line;
/// <c>[^*]: text</c> defines a footnote; an HTML comment (<c>&lt;!-- … --&gt;</c>) is a note to the preparer, not printed.
/// </summary>
internal static partial class ProseReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>The prose files beside a dataset (<c>prose.LANG.md</c>), in ordinal order, as paths beside the dataset's path as given.</summary>
    public static IEnumerable<string> PathsBeside(string datasetPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(datasetPath)) ?? ".";
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "prose.*.md").Order(StringComparer.Ordinal).Select(path => Path.Combine(Path.GetDirectoryName(datasetPath) ?? "", Path.GetFileName(path)))
            : [];
    }

    /// <summary>Every prose file beside a dataset, by language; none when the quarter has none.</summary>
    public static IReadOnlyList<ProseFile> ReadBeside(string datasetPath)
    {
        var bag = new DiagnosticBag();
        var files = new List<ProseFile>();
        foreach (var display in PathsBeside(datasetPath))
        {
            var language = Path.GetFileName(display)["prose.".Length..^".md".Length];
            var bytes = File.ReadAllBytes(display);
            files.Add(Parse(language, new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), display, bag) with { Fingerprint = Fingerprints.Of(bytes) });
        }

        bag.ThrowIfErrors();
        return files;
    }

    public static ProseFile Parse(string language, string text, string path, DiagnosticBag bag)
    {
        var document = Markdown.Parse(text, Pipeline);
        var sections = new List<ProseSectionEntry>();
        var footnotes = new List<ProseFootnoteEntry>();
        List<ProseBlockEntry>? blocks = null;
        SourceLocation At(Block block) => new(path, block.Line + 1, block.Column + 1);

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading:
                    var key = Source(text, heading)[1..].Trim();
                    if (!SectionKey().IsMatch(key))
                    {
                        bag.Add(Messages.ProseInvalid(At(heading), $"a section's heading names it by a key of letters, digits and _ . - (got '{key}')"));
                    }
                    else if (sections.Any(s => s.Key == key))
                    {
                        bag.Add(Messages.ProseInvalid(At(heading), $"section '{key}' is written twice"));
                    }

                    blocks = [];
                    sections.Add(new ProseSectionEntry(key, blocks, At(heading)));
                    break;
                case LinkReferenceDefinitionGroup links:
                    // A footnote whose text has no space (Japanese) reads to Markdig as a link definition: [^*]: 事前に…
                    foreach (var link in links.OfType<LinkReferenceDefinition>())
                    {
                        if (FootnoteDefinition().Match(Lines(text, link)) is { Success: true } note)
                        {
                            footnotes.Add(new ProseFootnoteEntry(note.Groups[1].Value, note.Groups[2].Value, At(link)));
                        }
                    }

                    break;
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                    break;
                case var other when blocks is null:
                    bag.Add(Messages.ProseInvalid(At(other), "text before the first '# key' heading: every paragraph belongs to a section the pack places"));
                    blocks = [];
                    break;
                case HeadingBlock { Level: 2 or 3 } subheading:
                    blocks.Add(new ProseBlockEntry(ProseKind.Heading, Source(text, subheading).TrimStart('#').Trim(), At(subheading), subheading.Level));
                    break;
                case ParagraphBlock paragraph when FootnoteDefinition().Match(Lines(text, paragraph)) is { Success: true } definition:
                    // [^3]: text defines a footnote (Markdig's footnotes extension would drop one no paragraph of this file marks).
                    footnotes.Add(new ProseFootnoteEntry(definition.Groups[1].Value, definition.Groups[2].Value, At(paragraph)));
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(new ProseBlockEntry(ProseKind.Paragraph, Lines(text, paragraph), At(paragraph)));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        blocks.Add(new ProseBlockEntry(ProseKind.Bullet, string.Join(" ", item.OfType<ParagraphBlock>().Select(p => Lines(text, p))), At(item)));
                    }

                    break;
                case QuoteBlock quote:
                    blocks.Add(new ProseBlockEntry(ProseKind.Quote, string.Join(" ", quote.OfType<ParagraphBlock>().Select(p => Lines(text, p))), At(quote)));
                    break;
                default:
                    bag.Add(Messages.ProseInvalid(At(block), $"a {block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()} is not part of the prose format (paragraphs, '- ' bullets, '> ' quotes, '# key' sections)"));
                    break;
            }
        }

        return new ProseFile(language, path, sections, footnotes);
    }

    private static string Source(string text, Block block) => text.Substring(block.Span.Start, block.Span.Length);

    /// <summary>A paragraph's lines joined by spaces, a line ending in two spaces or a backslash kept as a line break.</summary>
    private static string Lines(string text, LeafBlock paragraph)
    {
        var lines = Source(text, paragraph).Split('\n');
        var result = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var hard = line.EndsWith("  ", StringComparison.Ordinal) || line.EndsWith('\\');
            var trimmed = line.Trim().TrimEnd('\\');
            if (!hard && result.Length > 1 && result[^1] == ' ' && trimmed.Length > 0 && (Wide(result[^2]) || Wide(trimmed[0])))
            {
                // Japanese and Chinese lines join without a space: 前年同期の / 2,326百万円 reads 前年同期の2,326百万円.
                result.Length--;
            }

            result.Append(trimmed);
            if (i < lines.Length - 1)
            {
                result.Append(hard ? "\n" : " ");
            }
        }

        return result.ToString();
    }

    private static bool Wide(char c) => c is >= '\u3000' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';

    [GeneratedRegex(@"^\[\^([^\]\s]+)\]:\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex SectionKey();
}
