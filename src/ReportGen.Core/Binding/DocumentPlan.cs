using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>One language's document: its file name, title, running header, properties and blocks in order.</summary>
public sealed record DocumentPlan(
    string Language,
    TextTemplate? File,
    IReadOnlyList<TextTemplate> Title,
    TextTemplate Header,
    TextTemplate Subject,
    TextTemplate Keywords,
    string DataSheet,
    IReadOnlyList<BlockPlan> Blocks,
    SourceLocation? Location)
{
    /// <summary>The workbook's sheet of the figures in the document's text; null for none.</summary>
    public string? FiguresSheet { get; init; }
}

/// <summary>How a paragraph is set.</summary>
public enum ParagraphStyle
{
    Body,
    Quote,
    Small,
    Right,
}

/// <summary>A block of a document, as the pack places it.</summary>
public abstract record BlockPlan(SourceLocation? Location)
{
    /// <summary>Printed only where the document is bound with others.</summary>
    public bool CombinedOnly { get; init; }
}

/// <summary>The document's title lines.</summary>
public sealed record TitleBlockPlan(SourceLocation? Location) : BlockPlan(Location);

public sealed record TableBlockPlan(string Table, SourceLocation? Location) : BlockPlan(Location);

/// <summary>A heading: a key of the text catalogue, at a level (1 for a section).</summary>
public sealed record HeadingBlockPlan(string Text, int Level, SourceLocation? Location) : BlockPlan(Location);

/// <summary>A paragraph: a key of the text catalogue.</summary>
public sealed record ParagraphBlockPlan(string Text, ParagraphStyle Style, SourceLocation? Location) : BlockPlan(Location);

/// <summary>A bullet list: keys of the text catalogue, one per bullet.</summary>
public sealed record BulletsBlockPlan(IReadOnlyList<string> Texts, SourceLocation? Location) : BlockPlan(Location);

/// <summary>Notes printed where the block stands: footnote ids.</summary>
public sealed record NotesBlockPlan(IReadOnlyList<string> Footnotes, SourceLocation? Location) : BlockPlan(Location);

public sealed record PageBreakBlockPlan(bool Landscape, SourceLocation? Location) : BlockPlan(Location);

/// <summary>A section of the quarter's prose, by its key; an optional one may be missing.</summary>
public sealed record ProseBlockPlan(string Key, bool Optional, SourceLocation? Location) : BlockPlan(Location);
