using ReportGen.Dataset;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;
using ReportGen.Model;
using ReportGen.Templates;
using ReportGen.TieOut;

namespace ReportGen.Building;

/// <summary>
/// The pipeline, one stage after another: load and validate the dataset and the pack, bind them, evaluate derived items,
/// check every relation and tie, foot the rounded columns, build each language's document. Nothing here writes files.
/// </summary>
public sealed record Release(
    QuarterlyDataset Dataset,
    TemplatePack Pack,
    ItemValues Values,
    Figures Figures,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<ReleaseDocument> Documents,
    IReadOnlyList<ReleaseDocument> UnpinnedDocuments)
{
    /// <summary>
    /// Checks that failed: any of these stops a build. Footing failures are reported only when the facts themselves hold,
    /// since a total that does not add up cannot be footed either and would only repeat the same error.
    /// </summary>
    public IReadOnlyList<Diagnostic> Failures => FactChecks.Failures(Checks).ToList() is { Count: > 0 } facts
        ? facts
        : Figures.Outcomes.Where(o => o.Residual is not null).Select(o =>
                Messages.CannotFoot(Pack.Relations.Relations.FirstOrDefault(r => r.Id == o.Relation)?.Location, o.Relation, $"{o.Measure} {o.Period}", o.Residual!.Value))
            .ToList();

    public static Release Prepare(string datasetPath, string packDirectory, BuildOptions options)
    {
        var dataset = DatasetLoader.Load(datasetPath);
        var pack = PackLoader.Load(packDirectory);
        return Prepare(dataset, pack, options);
    }

    public static Release Prepare(QuarterlyDataset dataset, TemplatePack pack, BuildOptions options)
    {
        Binding.Check(dataset, pack);
        var values = ItemValues.Compute(dataset, pack);
        var checks = FactChecks.Run(values, pack);
        var printed = PrintedMeasures(pack, values);
        CheckPins(dataset, pack, printed);
        var figures = Figures.Compute(values, pack, printed, dataset.Pins);
        var documents = new DocumentBuilder(pack, figures, options).BuildAll();

        // The same release without the dataset's pins: what the engine's rule alone prints, for the differences report.
        var unpinned = new DocumentBuilder(pack, Figures.Compute(values, pack, printed, []), options).BuildAll();
        return new Release(dataset, pack, values, figures, checks, documents, unpinned);
    }

    /// <summary>A pin that fixes no printed figure is a mistake (a mistyped item, period or scale): say so, where it is.</summary>
    private static void CheckPins(QuarterlyDataset dataset, TemplatePack pack, Dictionary<(Measure, string), HashSet<string>> printed)
    {
        var bag = new DiagnosticBag();
        var current = dataset.PeriodOf(PeriodRole.Current).Key;
        var tables = pack.Manifest.Documents.Values.SelectMany(d => d.Tables).Distinct(StringComparer.Ordinal).Select(id => pack.Tables[id]).ToList();
        foreach (var pin in dataset.Pins)
        {
            var matched = pin.Measure switch
            {
                PinMeasure.Change => pin.Period == current && tables.Any(t =>
                    t.Rows.Any(r => r.Item == pin.Item) &&
                    t.Columns.Any(c => c.Change is { } role && dataset.PeriodOf(role).Key == pin.Base)),
                _ => printed.Any(p => p.Key.Item2 == pin.Period && p.Value.Contains(pin.Item) && p.Key.Item1.Kind switch
                {
                    ColumnKind.Value => pin.Measure == PinMeasure.Amount && p.Key.Item1.Scale?.Name() == pin.Scale,
                    ColumnKind.Usd => pin.Measure == PinMeasure.Usd,
                    _ => pin.Measure == PinMeasure.Share,
                }),
            };
            if (!matched)
            {
                bag.Add(Messages.BadPin(pin.Location, $"no table prints '{pin.Item}' as a {pin.Measure.ToString().ToLowerInvariant()}{(pin.Scale is null ? "" : $" in {pin.Scale}")} for {pin.Period}{(pin.Base is null ? "" : $" on {pin.Base}")}, so the pin would fix nothing"));
            }
        }

        bag.ThrowIfErrors();
    }

    /// <summary>For each rounded measure, the items some table of some document prints in it.</summary>
    private static Dictionary<(Measure, string), HashSet<string>> PrintedMeasures(TemplatePack pack, ItemValues values)
    {
        var printed = new Dictionary<(Measure, string), HashSet<string>>();
        void Add(Measure measure, string item, IEnumerable<string?> roles)
        {
            foreach (var role in roles.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                var key = (measure, values.Dataset.PeriodOf(role).Key);
                if (!printed.TryGetValue(key, out var set))
                {
                    printed[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(item);
            }
        }

        var tables = pack.Manifest.Documents.Values.SelectMany(d => d.Tables).Distinct(StringComparer.Ordinal).Select(id => pack.Tables[id]);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows.Where(r => r.Item is not null))
            {
                var item = row.Item!;
                var money = values.UnitOf(item).Dimension() == Dimension.Money && !row.Native;
                bool Shows(string kind) => row.Show.Count == 0 || row.Show.Contains(kind);
                if (money && UnitExtensions.TryParse(table.Amounts, out var scale) && Shows("value"))
                {
                    Add(Measure.Amount(scale), item, table.Columns.Select(c => c.Value));
                }

                if (money && Shows("usd"))
                {
                    Add(Measure.Usd, item, table.Columns.Select(c => c.Usd));
                }

                if (table.ShareOf is { } shareOf && Shows("share"))
                {
                    Add(Measure.ShareOf(shareOf), item, table.Columns.Select(c => c.Share));
                }
            }
        }

        return printed;
    }
}
