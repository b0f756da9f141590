using ReportGen.Binding;
using ReportGen.Diagnostics;

namespace ReportGen.Evaluation;

/// <summary>
/// Every item's exact value by period: the dataset's facts, and the pack's derived items computed from them. Money is held
/// in currency units whatever scale the company keeps it at, so that facts in thousands and KPIs in millions combine exactly.
/// </summary>
internal sealed class ItemValues
{
    private readonly Dictionary<string, Dictionary<string, decimal>> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit> units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DerivedItem> derived = new(StringComparer.Ordinal);

    private ItemValues(ReleasePlan plan)
    {
        Plan = plan;
    }

    public ReleasePlan Plan { get; }

    /// <summary>Evaluates the pack's derived items on the dataset; a derived item that needs a missing fact is an error.</summary>
    public static ItemValues Compute(ReleasePlan plan)
    {
        var result = new ItemValues(plan);
        foreach (var fact in plan.Facts)
        {
            result.units[fact.Id] = fact.Unit;
            result.values[fact.Id] = fact.Values.ToDictionary(v => v.Key, v => v.Value * fact.Unit.Factor, StringComparer.Ordinal);
        }

        var bag = new DiagnosticBag();
        foreach (var item in plan.Pack.Derived)
        {
            result.derived[item.Id] = item;
            try
            {
                result.Derive(item, bag);
            }
            catch (OverflowException)
            {
                bag.Add(Messages.TooLarge(item.Location, $"derived item '{item.Id}' is too large to compute from the dataset's values (a quotient by a value near zero, such as a share count of 0.0000001?)"));
            }
        }

        bag.ThrowIfErrors();
        return result;
    }

    public bool Has(string item) => units.ContainsKey(item);

    public DerivedItem? DerivedDefinition(string item) => derived.GetValueOrDefault(item);

    /// <summary>The unit the item is held (or, for a derived item, shown on the data sheet) in.</summary>
    public Unit UnitOf(string item) => units[item];

    /// <summary>The exact value in base units (currency units, items, Gbps), or null where the period has none.</summary>
    public decimal? Get(string item, string period) =>
        values.TryGetValue(item, out var byPeriod) && byPeriod.TryGetValue(period, out var value) ? value : null;

    /// <summary>The exact value in the item's own unit (thousands for a fact held in thousands).</summary>
    public decimal? GetInOwnUnit(string item, string period) => Get(item, period) / UnitOf(item).Factor;

    private void Derive(DerivedItem item, DiagnosticBag bag)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (item is DerivedQuotient quotient)
        {
            if (!Require(item, quotient.Numerator, bag) || !Require(item, quotient.Denominator, bag))
            {
                return;
            }

            foreach (var period in Plan.Periods)
            {
                var numerator = Get(quotient.Numerator, period.Key);
                var denominator = Get(quotient.Denominator, period.Key);
                if (numerator is { } n && denominator is { } d && d != 0)
                {
                    result[period.Key] = quotient.Percent ? 100m * n / d : n / d;
                }
            }

            var numeratorUnit = UnitOf(quotient.Numerator);
            _ = Unit.TryParse("percent", out var percent);
            units[item.Id] = quotient.Percent ? percent : numeratorUnit.IsMoney ? Unit.Money(numeratorUnit.Currency!, Scale.Units) : numeratorUnit;
            values[item.Id] = result;
            return;
        }

        var terms = ((DerivedSum)item).Terms;
        if (terms.Any(t => !Require(item, t.Item, bag)))
        {
            return;
        }

        if (terms.Select(t => UnitOf(t.Item).Dimension).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            bag.Add(Messages.UnitMismatch(item.Location, $"derived item '{item.Id}' adds items of different kinds ({string.Join(", ", terms.Select(t => $"{t.Item}: {UnitOf(t.Item).Name}"))})"));
            return;
        }

        foreach (var period in Plan.Periods)
        {
            var present = terms.Where(t => Get(t.Item, period.Key) is not null).ToList();
            if (present.Count > 0)
            {
                result[period.Key] = present.Sum(t => t.Sign * Get(t.Item, period.Key)!.Value);
            }
        }

        // Shown in the finest unit among its components, so that its data-sheet value stays exact.
        units[item.Id] = terms.Select(t => UnitOf(t.Item)).OrderBy(u => u.Factor).First();
        values[item.Id] = result;
    }

    private bool Require(DerivedItem item, string part, DiagnosticBag bag)
    {
        if (Has(part))
        {
            return true;
        }

        bag.Add(Messages.MissingFact(item.Location, part, Plan.DatasetPath, $"derived item '{item.Id}'"));
        return false;
    }
}
