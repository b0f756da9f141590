using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>How a block of the quarter's prose is set.</summary>
public enum ProseStyle
{
    Paragraph,
    Bullet,
    Quote,
    Heading,
}

/// <summary>A paragraph, bullet, quote or heading (at <paramref name="Level"/> 2 or 3) of the quarter's prose: a template like the pack's.</summary>
public sealed record ProseParagraph(ProseStyle Style, TextTemplate Text, int Level = 0);

/// <summary>A section of the quarter's prose, placed by the pack by its key or used inline as <c>{{ prose.key }}</c>.</summary>
public sealed record ProseSection(string Key, IReadOnlyList<ProseParagraph> Paragraphs, SourceLocation Location);

/// <summary>The quarter's own prose in one language (<c>prose.en.md</c> beside the dataset): its sections and its footnotes by mark.</summary>
public sealed record ProsePlan(string Language, string Path, IReadOnlyDictionary<string, ProseSection> Sections, IReadOnlyDictionary<string, TextTemplate> Footnotes)
{
    /// <summary>The file's SHA-256.</summary>
    public string Fingerprint { get; init; } = "";
}
