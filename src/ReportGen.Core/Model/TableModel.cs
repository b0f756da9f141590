namespace ReportGen.Model;

public sealed record ColumnModel(ColumnKind Kind, string Period, string? BasePeriod, string Header, string? Group, double? Width);

public enum RowKind
{
    Item,
    Header,
    Spacer,
}

public enum RowStyle
{
    Normal,
    Subtotal,
    Total,
}

/// <summary>A row: its label, indentation, style, footnote markers, and one cell per column (null where the row shows none).</summary>
public sealed record RowModel(
    RowKind Kind,
    string? Item,
    string Label,
    int Indent,
    RowStyle Style,
    IReadOnlyList<string> Marks,
    IReadOnlyList<CellModel?> Cells);

public sealed record NoteModel(string Mark, string Text);

/// <summary>A heading over the neighbouring columns <see cref="First"/> to <see cref="Last"/> (a period's date).</summary>
public sealed record ColumnGroup(int First, int Last, string Text);

/// <summary>A table or statement of one language's document, with every figure evaluated and formatted.</summary>
public sealed record TableModel(
    string Id,
    string SheetName,
    string Title,
    IReadOnlyList<string> Subtitle,
    IReadOnlyList<ColumnModel> Columns,
    IReadOnlyList<RowModel> Rows,
    IReadOnlyList<NoteModel> Notes,
    bool Landscape)
{
    /// <summary>Runs of neighbouring columns under the same group heading, left to right.</summary>
    public IReadOnlyList<ColumnGroup> Groups()
    {
        var groups = new List<ColumnGroup>();
        var start = 0;
        while (start < Columns.Count)
        {
            var text = Columns[start].Group;
            var end = start;
            while (end + 1 < Columns.Count && Columns[end + 1].Group == text)
            {
                end++;
            }

            if (text is not null)
            {
                groups.Add(new ColumnGroup(start, end, text));
            }

            start = end + 1;
        }

        return groups;
    }
}
