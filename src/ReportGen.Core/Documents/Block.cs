namespace ReportGen.Documents;

/// <summary>A block of a document, in reading order: a renderer lays each kind out in its own way.</summary>
public abstract record Block
{
    /// <summary>What the block is, for a person reading an error: <c>table t03_contracts</c>, <c>paragraph highlights</c>.</summary>
    public abstract string Describe();
}

/// <summary>The document's title lines: the headline, then the lines under it.</summary>
public sealed record TitleBlock(IReadOnlyList<string> Lines) : Block
{
    public override string Describe() => "title";
}

/// <summary>A section heading.</summary>
public sealed record HeadingBlock(string Id, int Level, string Text) : Block
{
    public override string Describe() => $"heading {Id}";
}

/// <summary>A paragraph of running text.</summary>
public sealed record ParagraphBlock(string Id, IReadOnlyList<Run> Runs) : Block
{
    public override string Describe() => $"paragraph {Id}";
}

/// <summary>A bulleted list: each item a paragraph.</summary>
public sealed record BulletListBlock(string Id, IReadOnlyList<IReadOnlyList<Run>> Items) : Block
{
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

/// <summary>A piece of running text.</summary>
public abstract record Run(string Text);

/// <summary>Text as written.</summary>
public sealed record TextRun(string Text) : Run(Text);

/// <summary>A footnote marker, set as a superscript after the text it marks.</summary>
public sealed record NoteMarkRun(string Text, string Footnote) : Run(Text);
