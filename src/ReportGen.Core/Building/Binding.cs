using ReportGen.Dataset;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;
using ReportGen.Templates;

namespace ReportGen.Building;

/// <summary>Checks that a dataset has every fact a pack needs before anything is evaluated, and names each gap.</summary>
public static class Binding
{
    public static void Check(QuarterlyDataset dataset, TemplatePack pack)
    {
        var bag = new DiagnosticBag();
        var derived = pack.Relations.Derived.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        bool Known(string item) => dataset.Facts.ContainsKey(item) || derived.Contains(item);

        foreach (var def in pack.Relations.Derived)
        {
            var parts = def.Sum.Select(s => SignedTerm.Parse(s).Item)
                .Concat(def.Quotient is { } q ? [q.Numerator, q.Denominator] : []);
            foreach (var part in parts.Where(p => !Known(p)))
            {
                bag.Add(Messages.MissingFact(def.Location, part, dataset.SourcePath, $"derived item '{def.Id}' (relations.yaml)"));
            }
        }

        foreach (var relation in pack.Relations.Relations)
        {
            foreach (var part in relation.Sum.Select(s => SignedTerm.Parse(s).Item).Prepend(relation.Total).Where(p => !Known(p)))
            {
                bag.Add(Messages.MissingFact(relation.Location, part, dataset.SourcePath, $"relation '{relation.Id}' (relations.yaml)"));
            }
        }

        foreach (var tie in pack.Relations.Ties)
        {
            foreach (var part in new[] { tie.Left, SignedTerm.Parse(tie.Right).Item }.Where(p => !Known(p)))
            {
                bag.Add(Messages.MissingFact(tie.Location, part, dataset.SourcePath, $"tie '{tie.Id}' (relations.yaml)"));
            }
        }

        var used = pack.Manifest.Documents.Values.SelectMany(d => d.Tables).Distinct(StringComparer.Ordinal);
        foreach (var table in used.Select(id => pack.Tables[id]))
        {
            foreach (var row in table.Rows.Where(r => r.Item is not null && !Known(r.Item)))
            {
                bag.Add(Messages.MissingFact(row.Location, row.Item!, dataset.SourcePath, $"table '{table.Id}'"));
            }

            if (table.ShareOf is { } shareOf && !Known(shareOf))
            {
                bag.Add(Messages.MissingFact(table.Location, shareOf, dataset.SourcePath, $"table '{table.Id}' (shareOf)"));
            }

            if (table.Columns.Any(c => c.Usd is not null) && dataset.Convenience is null)
            {
                bag.Add(Messages.MissingFact(table.Location, "convenienceTranslation", dataset.SourcePath, $"table '{table.Id}' (USD column)"));
            }
        }

        foreach (var pin in dataset.Pins.Where(p => !Known(p.Item)))
        {
            bag.Add(Messages.BadPin(pin.Location, $"item '{pin.Item}' is neither a fact of the dataset nor a derived item of the pack"));
        }

        bag.ThrowIfErrors();
    }
}
