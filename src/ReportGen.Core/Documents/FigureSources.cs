namespace ReportGen.Documents;

/// <summary>
/// Finds the table cell that prints each figure of a document's text: in the document's own tables first, then in the
/// other languages' (the Japanese summary states the operating loss in millions; only the English tables print it so).
/// A figure no table prints says so, with how it is computed.
/// </summary>
internal static class FigureSources
{
    public static ReleaseDocument Resolve(ReleaseDocument document, IReadOnlyList<ReleaseDocument> all)
    {
        var tables = document.Tables.Concat(all.Where(d => d != document).SelectMany(d => d.Tables)).ToList();
        var blocks = document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p with { Runs = Map(p.Runs, tables) },
            HeadingBlock h => h with { Runs = Map(h.Runs, tables) },
            BulletListBlock l => l with { Items = l.Items.Select(i => Map(i, tables)).ToList() },
            _ => b,
        }).ToList();
        return document with { Blocks = blocks };
    }

    private static List<Run> Map(IReadOnlyList<Run> runs, List<TableModel> tables) =>
        runs.Select(r => r is FigureRun figure ? figure with { Source = Find(figure.Source, tables) } : r).ToList();

    private static FigureSource Find(FigureSource source, List<TableModel> tables)
    {
        foreach (var table in tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                if (row.Item != source.Item)
                {
                    continue;
                }

                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var column = table.Columns[c];
                    if (row.Cells[c] is { Value: { } value } cell && column.Period == source.Period && Prints(source, column, value))
                    {
                        var header = column.Group is null ? column.Header : $"{column.Group} {column.Header}";
                        return source with { Table = table.Id, Row = r, Column = c, Cell = cell.Display, Where = $"{table.Title} › {row.Label} › {header}" };
                    }
                }
            }
        }

        return source with { Where = $"no table prints it: {source.Item}, {source.Period}{(source.BasePeriod is null ? "" : $" on {source.BasePeriod}")}, {source.Where}" };
    }

    /// <summary>
    /// The same amount at the text's scale: 9,185 for 9,185, or a statement's 102,226 thousand for a text's 102.2 million
    /// (the cell rounded to the text's decimals at a thousand, a million or a billion times its scale).
    /// </summary>
    private static bool SameAmount(decimal cell, decimal text)
    {
        if (cell == text)
        {
            return true;
        }

        var decimals = text.Scale;
        if (decimals == 0)
        {
            return false;
        }

        for (var factor = 1_000m; factor <= 1_000_000_000m; factor *= 1_000m)
        {
            if (Evaluation.Rounding.HalfUp(cell / factor, decimals) == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Does a column's cell print the figure: an amount at the text's scale, a change on the same base, a translation of the same amount?</summary>
    private static bool Prints(FigureSource source, ColumnModel column, decimal value) => source.Kind switch
    {
        FigureKind.Amount => column.Kind == Binding.ColumnKind.Value && SameAmount(Math.Abs(value), Math.Abs(source.Value)),
        FigureKind.Change => column.Kind == Binding.ColumnKind.Change && column.BasePeriod == source.BasePeriod && value == source.Value,
        FigureKind.Convenience => column.Kind == Binding.ColumnKind.Convenience,
        _ => false,
    };
}
