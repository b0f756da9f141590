using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Input;

namespace ReportGen.TieOut;

/// <summary>
/// Compares published figures with a document: each printed figure against the engine's own figure (before pins), and
/// each difference classified. Figures are matched to a row's non-blank cells in column order.
/// </summary>
internal static class DifferenceFinder
{
    public static IReadOnlyList<Difference> Compare(IReadOnlyList<PublishedRow> published, ReleaseDocument printed, ReleaseDocument unpinned)
    {
        var differences = new List<Difference>();
        foreach (var row in published)
        {
            var table = printed.Tables.FirstOrDefault(t => t.Id == row.Table);
            var engineTable = unpinned.Tables.FirstOrDefault(t => t.Id == row.Table);
            var index = table?.Rows.ToList().FindIndex(r => r.Item == row.Item) ?? -1;
            if (table is null || engineTable is null || index < 0)
            {
                differences.Add(new Difference(row.Table, row.Item, "", "", string.Join(" ", row.Figures), "", "", DifferenceClass.Unexplained, "the document has no such table row"));
                continue;
            }

            // "@2Q03" first: the figures are one period's (last quarter's release, checked against this quarter's comparatives).
            // Last quarter's file has rows for every period it printed; those this table does not print are not comparatives.
            var period = row.Figures[0].StartsWith('@') ? row.Figures[0][1..] : null;
            if (period is not null && table.Columns.All(c => c.Period != period || c.Kind is not (ColumnKind.Value or ColumnKind.Share)))
            {
                continue;
            }

            var figures = period is null ? row.Figures : row.Figures.Skip(1).ToList();
            var cells = NonBlank(table, index, period);
            var engine = NonBlank(engineTable, index, period);
            if (cells.Count != figures.Count)
            {
                differences.Add(new Difference(row.Table, row.Item, "", period ?? "", string.Join(" ", figures), string.Join(" ", engine.Select(c => c.Cell.Display)), string.Join(" ", cells.Select(c => c.Cell.Display)), DifferenceClass.Unexplained, $"{figures.Count} figures published, {cells.Count} printed"));
                continue;
            }

            for (var i = 0; i < cells.Count; i++)
            {
                var publishedText = figures[i];
                var (column, cell) = cells[i];
                var engineCell = engine[i].Cell;
                if (publishedText == engineCell.Display)
                {
                    continue;
                }

                var header = column.Group is null ? column.Header : $"{column.Group} {column.Header}";
                var (kind, reason) = Classify(publishedText, engineCell, cell);
                differences.Add(new Difference(row.Table, row.Item, header, column.Period, publishedText, engineCell.Display, cell.Display, kind, reason));
            }
        }

        return differences;
    }

    private static (DifferenceClass, string?) Classify(string published, CellModel engine, CellModel printed)
    {
        var p = PublishedFigures.Parse(published);
        var reason = printed.Note?.Kind == CellNoteKind.Pin ? printed.Note.Text : null;
        if (p is { } pv && pv != 0 && (printed.Value == -pv || engine.Value == -pv))
        {
            return (DifferenceClass.Sign, reason);
        }

        if (printed.Display == published && reason is not null)
        {
            return (DifferenceClass.Pinned, reason);
        }

        if (p is { } value && engine.Value is { } e && Math.Abs(value - e) == Step(engine.Style))
        {
            return (DifferenceClass.RoundingAdjustment, reason ?? (printed.Display == published
                ? "one unit in the last printed digit; printed as published, footed to the pinned figures of its column"
                : "one unit in the last printed digit"));
        }

        return (DifferenceClass.Unexplained, reason);
    }

    private static decimal Step(NumberStyle style) => style.Decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, style.Decimals);

    /// <summary>
    /// A row's printed cells in column order; for one period, its amounts and shares. Not its changes, nor its convenience
    /// translation: each release translates at its own quarter's rate, so last quarter's translation is never a comparative.
    /// </summary>
    private static List<(ColumnModel Column, CellModel Cell)> NonBlank(TableModel table, int row, string? period) =>
        table.Rows[row].Cells
            .Select((cell, c) => (table.Columns[c], cell))
            .Where(x => x.cell is { Display.Length: > 0 })
            .Where(x => period is null || (x.Item1.Period == period && x.Item1.Kind is ColumnKind.Value or ColumnKind.Share))
            .Select(x => (x.Item1, x.cell!))
            .ToList();
}
