using System.Text;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.TieOut;

/// <summary>
/// Writes the figures a build printed in the published-figures format (<c>table, item, @period, figures…</c>), one row per
/// table row and period: its amounts and shares, as the release prints them (changes and convenience translations are
/// never a later release's comparatives). Given as <c>--published</c> to the next quarter's build, it checks that quarter's
/// comparatives against this release with nothing retyped.
/// </summary>
internal static class PublishedFiguresWriter
{
    /// <summary>The document whose figures the file holds: the one a tie-out compares, English where the pack publishes it.</summary>
    public static ReleaseDocument Document(DocumentSet documents) =>
        documents.Documents.FirstOrDefault(d => d.Language == "en") ?? documents.Documents[0];

    public static string Write(DocumentSet documents)
    {
        var document = Document(documents);
        var text = new StringBuilder();
        text.Append("# Figures as printed in ").Append(document.FileStem).Append(" (").Append(document.Language).Append("), written by the build that made it.\n");
        text.Append("# One row per table row and period: table id, item id, @period, then that period's printed amounts and shares in\n");
        text.Append("# column order. Give this file to the next quarter's build as --published (or put it beside that quarter's dataset\n");
        text.Append("# as published-en.tsv): every comparative it prints for these periods must agree with it.\n");
        foreach (var table in document.Tables)
        {
            var periods = table.Columns.Where(Comparable).Select(c => c.Period).Distinct(StringComparer.Ordinal).ToList();
            foreach (var row in table.Rows.Where(r => r.Item is not null))
            {
                foreach (var period in periods)
                {
                    var figures = row.Cells
                        .Select((cell, c) => (Cell: cell, Column: table.Columns[c]))
                        .Where(x => x.Column.Period == period && Comparable(x.Column) && x.Cell is { Display.Length: > 0 })
                        .Select(x => x.Cell!.Display)
                        .ToList();
                    if (figures.Count > 0)
                    {
                        text.Append(table.Id).Append('\t').Append(row.Item).Append("\t@").Append(period);
                        figures.ForEach(f => text.Append('\t').Append(f));
                        text.Append('\n');
                    }
                }
            }
        }

        return text.ToString();
    }

    private static bool Comparable(ColumnModel column) => column.Kind is ColumnKind.Value or ColumnKind.Share;
}
