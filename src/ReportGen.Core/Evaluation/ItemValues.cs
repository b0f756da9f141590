using ReportGen.Dataset;
using ReportGen.Diagnostics;
using ReportGen.Templates;

namespace ReportGen.Evaluation;

/// <summary>
/// Every item's exact value by period: the dataset's facts, and the pack's derived items computed from them. Money is held
/// in yen whatever unit the company keeps it in, so that facts in thousands and KPIs in millions combine exactly.
/// </summary>
public sealed class ItemValues
{
    private readonly Dictionary<string, Dictionary<string, decimal>> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DerivedDef> derived = new(StringComparer.Ordinal);

    private ItemValues(QuarterlyDataset dataset)
    {
        Dataset = dataset;
    }

    public QuarterlyDataset Dataset { get; }

    /// <summary>Evaluates the pack's derived items on the dataset; a derived item that needs a missing fact is an error.</summary>
    public static ItemValues Compute(QuarterlyDataset dataset, TemplatePack pack)
    {
        var result = new ItemValues(dataset);
        foreach (var fact in dataset.Facts.Values)
        {
            result.units[fact.Id] = fact.Unit;
            result.values[fact.Id] = fact.Values.ToDictionary(v => v.Key, v => v.Value * fact.Unit.Factor(), StringComparer.Ordinal);
        }

        var bag = new DiagnosticBag();
        foreach (var def in pack.Relations.Derived)
        {
            result.derived[def.Id] = def;
            result.Derive(def, bag);
        }

        bag.ThrowIfErrors();
        return result;
    }

    public bool Has(string item) => units.ContainsKey(item);

    public DerivedDef? DerivedDefinition(string item) => derived.GetValueOrDefault(item);

    /// <summary>The unit the item is held (or, for a derived item, shown on the data sheet) in.</summary>
    public Unit UnitOf(string item) => units[item];

    /// <summary>The exact value in base units (yen, items, Gbps), or null where the period has none.</summary>
    public decimal? Get(string item, string period) =>
        values.TryGetValue(item, out var byPeriod) && byPeriod.TryGetValue(period, out var value) ? value : null;

    /// <summary>The exact value in the item's own unit (thousands for a fact held in thousands).</summary>
    public decimal? GetInOwnUnit(string item, string period) => Get(item, period) / UnitOf(item).Factor();

    private void Derive(DerivedDef def, DiagnosticBag bag)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (def.Quotient is { } quotient)
        {
            if (!Require(def, quotient.Numerator, bag) || !Require(def, quotient.Denominator, bag))
            {
                return;
            }

            foreach (var period in Dataset.Periods)
            {
                var numerator = Get(quotient.Numerator, period.Key);
                var denominator = Get(quotient.Denominator, period.Key);
                if (numerator is { } n && denominator is { } d && d != 0)
                {
                    result[period.Key] = n / d;
                }
            }

            units[def.Id] = UnitOf(quotient.Numerator).Dimension() == Dimension.Money ? Unit.Jpy : UnitOf(quotient.Numerator);
            values[def.Id] = result;
            return;
        }

        var terms = def.Sum.Select(SignedTerm.Parse).ToList();
        if (terms.Any(t => !Require(def, t.Item, bag)))
        {
            return;
        }

        var dimensions = terms.Select(t => UnitOf(t.Item).Dimension()).Distinct().ToList();
        if (dimensions.Count > 1)
        {
            bag.Add(Messages.UnitMismatch(def.Location, $"derived item '{def.Id}' adds items of different kinds ({string.Join(", ", terms.Select(t => $"{t.Item}: {UnitOf(t.Item).Name()}"))})"));
            return;
        }

        foreach (var period in Dataset.Periods)
        {
            var present = terms.Where(t => Get(t.Item, period.Key) is not null).ToList();
            if (present.Count > 0)
            {
                result[period.Key] = present.Sum(t => t.Sign * Get(t.Item, period.Key)!.Value);
            }
        }

        // Shown in the finest unit among its components, so that its data-sheet value stays exact.
        units[def.Id] = terms.Select(t => UnitOf(t.Item)).OrderBy(u => u.Factor()).First();
        values[def.Id] = result;
    }

    private bool Require(DerivedDef def, string item, DiagnosticBag bag)
    {
        if (Has(item))
        {
            return true;
        }

        bag.Add(Messages.MissingFact(def.Location, item, Dataset.SourcePath, $"derived item '{def.Id}'"));
        return false;
    }
}
