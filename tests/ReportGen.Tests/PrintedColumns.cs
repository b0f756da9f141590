using ReportGen.Binding;
using ReportGen.Pipeline;

namespace ReportGen.Tests;

/// <summary>Checks what a reader checks with a pencil: in every printed column, each total is the sum of its printed components.</summary>
internal static class PrintedColumns
{
    /// <summary>Asserts every footing of every amount, translation and share column of every document; returns how many were checked.</summary>
    public static int Footings(Release release)
    {
        var pack = release.Plan.Pack;
        var definitions = pack.Relations.Select(r => (r.Id, r.Total, r.Terms))
            .Concat(pack.Derived.OfType<DerivedSum>().Select(d => (d.Id, Total: d.Id, d.Terms)))
            .ToList();
        var footed = 0;
        foreach (var document in release.Documents)
        {
            foreach (var table in document.Tables)
            {
                var rows = table.Rows.Where(r => r.Item is not null).GroupBy(r => r.Item!).ToDictionary(g => g.Key, g => g.First());
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    decimal? Printed(string item) => rows.TryGetValue(item, out var row) ? row.Cells[c]?.Value : null;

                    // A component the table does not print stands for its own components (equity in net loss of equity
                    // method investees, in the statement of operations).
                    IEnumerable<SignedTerm> Expand(SignedTerm term) => rows.ContainsKey(term.Item) || definitions.All(d => d.Total != term.Item)
                        ? [term]
                        : definitions.First(d => d.Total == term.Item).Terms.SelectMany(t => Expand(t with { Sign = t.Sign * term.Sign }));

                    foreach (var (id, total, terms) in definitions.Where(d => Printed(d.Total) is not null && table.Columns[c].Kind != ColumnKind.Change))
                    {
                        var expanded = terms.SelectMany(Expand).ToList();
                        if (expanded.Any(t => !rows.ContainsKey(t.Item)))
                        {
                            continue;
                        }

                        var sum = expanded.Sum(t => t.Sign * (Printed(t.Item) ?? 0m));
                        Assert.True(Printed(total) == sum, $"{document.Language} {table.Id} column {c}: {id} prints {Printed(total)}, components add to {sum}");
                        footed++;
                    }
                }
            }
        }

        return footed;
    }
}
