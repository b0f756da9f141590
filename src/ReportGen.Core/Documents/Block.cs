using ReportGen.Binding;

namespace ReportGen.Documents;

/// <summary>A block of a document, in reading order: a renderer lays each kind out in its own way.</summary>
public abstract record Block
{
    /// <summary>Printed only where the document is bound with others (a note pointing to the other language's part).</summary>
    public bool CombinedOnly { get; init; }

    /// <summary>What the block is, for a person reading an error: <c>table t03_contracts</c>, <c>paragraph highlights</c>.</summary>
    public abstract string Describe();
}

/// <summary>The document's title lines: the headline, then the lines under it.</summary>
public sealed record TitleBlock(IReadOnlyList<string> Lines) : Block
{
    public override string Describe() => "title";
}

/// <summary>A section heading, at a level (1 for a section, 2 and 3 under it).</summary>
public sealed record HeadingBlock(string Id, int Level, IReadOnlyList<Run> Runs) : Block
{
    /// <summary>The heading's words, without its footnote markers.</summary>
    public string Text => Run.Plain(Runs);

    public override string Describe() => $"heading {Id}";
}

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string Id, IReadOnlyList<Run> Runs, ParagraphStyle Style) : Block
{
    public override string Describe() => $"paragraph {Id}";
}

/// <summary>A bulleted list: each item a paragraph.</summary>
public sealed record BulletListBlock(string Id, IReadOnlyList<IReadOnlyList<Run>> Items) : Block
{
    /// <summary>Where each item comes from (a text of the pack, a section of the prose); empty where all come from <see cref="Id"/>.</summary>
    public IReadOnlyList<string> ItemIds { get; init; } = [];

    public override string Describe() => $"bullets {Id}";
}

/// <summary>A table or statement.</summary>
public sealed record TableBlock(TableModel Table) : Block
{
    public override string Describe() => $"table {Table.Id}";
}

/// <summary>Notes printed where the block stands.</summary>
public sealed record NotesBlock(IReadOnlyList<NoteModel> Notes) : Block
{
    public override string Describe() => "notes";
}

/// <summary>A new page, in an orientation.</summary>
public sealed record PageBreakBlock(bool Landscape) : Block
{
    public override string Describe() => "page break";
}
