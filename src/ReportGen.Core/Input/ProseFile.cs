using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>The kind of a block of the quarter's prose.</summary>
internal enum ProseKind
{
    Paragraph,
    Bullet,
    Quote,
    Heading,
}

/// <summary>A paragraph, bullet, quote or heading of a prose file: its text (a template) and where it starts.</summary>
/// <param name="Level">A heading's level: 2 for <c>##</c>, 3 for <c>###</c>.</param>
internal sealed record ProseBlockEntry(ProseKind Kind, string Text, SourceLocation Location, int Level = 0);

/// <summary>A section of a prose file: what follows a <c># key</c> heading up to the next one.</summary>
internal sealed record ProseSectionEntry(string Key, IReadOnlyList<ProseBlockEntry> Blocks, SourceLocation Location);

/// <summary>A footnote the quarter's prose defines (<c>[^*]: text</c>): its label is the mark printed.</summary>
internal sealed record ProseFootnoteEntry(string Mark, string Text, SourceLocation Location);

/// <summary>The quarter's own prose in one language: <c>prose.en.md</c> beside the dataset.</summary>
internal sealed record ProseFile(string Language, string Path, IReadOnlyList<ProseSectionEntry> Sections, IReadOnlyList<ProseFootnoteEntry> Footnotes)
{
    /// <summary>The file's SHA-256, for the tie-out's list of inputs.</summary>
    public string Fingerprint { get; init; } = "";
}
