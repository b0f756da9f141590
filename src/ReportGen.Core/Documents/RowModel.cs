namespace ReportGen.Documents;

/// <summary>A row: its label, indentation, style, footnote markers, and one cell per column (null where the row shows none).</summary>
public sealed record RowModel(
    RowKind Kind,
    string? Item,
    string Label,
    int Indent,
    RowStyle Style,
    IReadOnlyList<string> Marks,
    IReadOnlyList<CellModel?> Cells)
{
    /// <summary>A label printed before <see cref="Label"/> on the same line, the label aligned with the rows of its indent (a tier's group).</summary>
    public string? Lead { get; init; }

    /// <summary>The ids of the footnotes <see cref="Marks"/> stand for, in the same order.</summary>
    public IReadOnlyList<string> Footnotes { get; init; } = [];
}
