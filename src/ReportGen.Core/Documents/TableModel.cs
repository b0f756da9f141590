namespace ReportGen.Documents;

/// <summary>A table or statement of one language's document, with every figure evaluated and formatted.</summary>
/// <param name="Statement">A financial statement: a page of its own, portrait where it fits, else landscape.</param>
/// <param name="Caption">A line above the title, left (the company); empty where the table has none.</param>
/// <param name="Tag">The same line, right (<c>Appendix 1</c>); empty where the table has none.</param>
public sealed record TableModel(
    string Id,
    string SheetName,
    string Title,
    IReadOnlyList<string> Subtitle,
    IReadOnlyList<ColumnModel> Columns,
    IReadOnlyList<RowModel> Rows,
    IReadOnlyList<NoteModel> Notes,
    bool Statement)
{
    public string Caption { get; init; } = "";

    public string Tag { get; init; } = "";

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
