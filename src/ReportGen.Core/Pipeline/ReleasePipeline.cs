using System.Globalization;
using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Evaluation;
using ReportGen.Input;
using ReportGen.Input.Pack;

namespace ReportGen.Pipeline;

/// <summary>
/// The pipeline, one stage after another: read the dataset and the pack, bind them into a plan, evaluate derived items,
/// check every relation and tie, foot the rounded columns, build each language's document. Nothing here writes files.
/// </summary>
public static class ReleasePipeline
{
    /// <summary>Reads and binds a pack folder: what every dataset built with the pack shares.</summary>
    public static PackPlan LoadPack(string directory) => PackBinder.Bind(PackReader.Read(directory));

    /// <summary>
    /// The pack folder to build a dataset with: <paramref name="chosen"/> (a command line's or a manifest's), else the one
    /// the dataset names (<c>"templates"</c>, relative to the dataset file), else <paramref name="fallback"/>.
    /// </summary>
    public static string ChoosePack(string? chosen, string datasetPath, string fallback) => DatasetPack.Choose(chosen, datasetPath, fallback);

    /// <remarks>The pack is read while the dataset is (on two cores in a cold process); the pack's problems come first, as they would one after the other.</remarks>
    public static Release Prepare(string datasetPath, string packDirectory, BuildOptions options)
    {
        var culture = CultureInfo.CurrentCulture;
        var pack = Task.Run(() =>
        {
            CultureInfo.CurrentCulture = culture;
            return LoadPack(packDirectory);
        });
        DatasetFile? dataset = null;
        IReadOnlyList<ProseFile>? prose = null;
        ReportGenException? datasetProblem = null;
        try
        {
            dataset = DatasetReader.Read(datasetPath);
            prose = ProseReader.ReadBeside(datasetPath);
        }
        catch (ReportGenException exception)
        {
            datasetProblem = exception;
        }

        var plan = pack.GetAwaiter().GetResult();
        if (datasetProblem is not null)
        {
            throw datasetProblem;
        }

        return Prepare(DatasetBinder.Bind(plan, dataset!, prose!), options);
    }

    public static Release Prepare(string datasetPath, PackPlan pack, BuildOptions options)
    {
        var plan = DatasetBinder.Bind(pack, DatasetReader.Read(datasetPath), ProseReader.ReadBeside(datasetPath));
        return Prepare(plan, options);
    }

    public static Release Prepare(ReleasePlan plan, BuildOptions options)
    {
        var values = ItemValues.Compute(plan);
        var checks = FactChecks.Run(values);
        var printed = PrintedMeasures(values);
        CheckPins(plan, printed);
        var figures = Figures.Compute(values, printed, plan.Pins);
        var documents = new DocumentBuilder(figures, options.Created).BuildAll();

        // The same release without the dataset's pins: what the engine's rule alone prints, for the differences report.
        var unpinned = new DocumentBuilder(Figures.Compute(values, printed, []), options.Created).BuildAll();
        return new Release(values, figures, checks, documents, unpinned);
    }

    /// <summary>A pin that fixes no printed figure is a mistake (a mistyped item, period or scale): say so, where it is.</summary>
    private static void CheckPins(ReleasePlan plan, Dictionary<(Measure, string), HashSet<string>> printed)
    {
        var bag = new DiagnosticBag();
        var tables = plan.Pack.PrintedTables.ToList();
        foreach (var pin in plan.Pins)
        {
            var matched = pin.Measure switch
            {
                PinMeasure.Change => tables.Any(t =>
                    t.Rows.Any(r => r is ItemRow i && i.Item == pin.Item) &&
                    t.Columns.OfType<ChangeColumn>().Any(c => plan.Period(c.Role).Key == pin.Period && plan.Period(c.BaseRole).Key == pin.Base)),
                _ => printed.Any(p => p.Key.Item2 == pin.Period && p.Value.Contains(pin.Item) && Figures.Matches(pin, p.Key.Item1)),
            };
            if (!matched)
            {
                bag.Add(Messages.BadPin(pin.Location, $"no table prints '{pin.Item}' as a {pin.Measure.ToString().ToLowerInvariant()}{(pin.Scale is null ? "" : $" in {pin.Scale}")} for {pin.Period}{(pin.Base is null ? "" : $" on {pin.Base}")}, so the pin would fix nothing"));
            }
        }

        bag.ThrowIfErrors();
    }

    /// <summary>For each rounded measure, the items some table of some document prints in it.</summary>
    private static Dictionary<(Measure, string), HashSet<string>> PrintedMeasures(ItemValues values)
    {
        var plan = values.Plan;
        var printed = new Dictionary<(Measure, string), HashSet<string>>();
        void Add(Measure measure, string item, IEnumerable<ColumnPlan> columns)
        {
            foreach (var role in columns.Select(c => c.Role).Distinct(StringComparer.Ordinal))
            {
                var key = (measure, plan.Period(role).Key);
                if (!printed.TryGetValue(key, out var set))
                {
                    printed[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(item);
            }
        }

        foreach (var table in plan.Pack.PrintedTables)
        {
            foreach (var row in table.Rows.OfType<ItemRow>())
            {
                var unit = values.UnitOf(row.Item);
                var money = unit.IsMoney && !row.Native;
                if (money && table.Amounts is { } scale && row.Shows.Contains(ColumnKind.Value))
                {
                    Add(Measure.Amount(unit.Currency!, scale), row.Item, table.Columns.OfType<AmountColumn>());
                }

                if (money && table.Amounts is { } translated && plan.Convenience is { } c && row.Shows.Contains(ColumnKind.Convenience))
                {
                    Add(Measure.Convenience(c.Currency, translated), row.Item, table.Columns.OfType<ConvenienceColumn>());
                }

                if (table.ShareOf is { } shareOf && row.Shows.Contains(ColumnKind.Share))
                {
                    Add(Measure.ShareOf(shareOf), row.Item, table.Columns.OfType<ShareColumn>());
                }
            }
        }

        return printed;
    }
}
