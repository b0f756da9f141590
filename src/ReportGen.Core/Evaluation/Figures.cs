using System.Globalization;
using ReportGen.Binding;

namespace ReportGen.Evaluation;

/// <summary>
/// The rounded figures of a release: for every measure the pack prints and every period, the footed (or pinned) figure
/// of each item. Footing runs over the pack's relations, ties and derived sums; an item a measure does not print is
/// replaced in a relation by its own components.
/// </summary>
internal sealed class Figures
{
    private readonly Dictionary<(Measure, string), FootingResult> runs = [];
    private readonly Dictionary<(Measure, string, string), Pin> pinned = [];
    private readonly List<FootingOutcome> outcomes = [];

    private Figures(ItemValues values, IReadOnlyList<Pin> pins)
    {
        Values = values;
        Pins = pins;
    }

    public ItemValues Values { get; }

    /// <summary>The printed figures this computation fixes: the dataset's pins, or none for the engine's rule alone.</summary>
    public IReadOnlyList<Pin> Pins { get; }

    /// <summary>Every footing step and failure, for the tie-out.</summary>
    public IReadOnlyList<FootingOutcome> Outcomes => outcomes;

    /// <param name="printed">For each rounded measure and period key, the items some table prints in it.</param>
    /// <param name="pins">The pins to apply: the dataset's, or none to see what the rule alone prints.</param>
    public static Figures Compute(ItemValues values, IReadOnlyDictionary<(Measure Measure, string Period), HashSet<string>> printed, IReadOnlyList<Pin> pins)
    {
        var figures = new Figures(values, pins);
        var pack = values.Plan.Pack;
        var relations = BuildRelations(pack);
        foreach (var ((measure, period), items) in printed)
        {
            figures.Run(measure, items, period, relations, pack.Footing.Enabled);
        }

        return figures;
    }

    /// <summary>The exact value of an item in a measure's printed unit, or null where absent or undefined.</summary>
    public decimal? Exact(Measure measure, string item, string period)
    {
        var value = Values.Get(item, period);
        if (value is null)
        {
            return null;
        }

        switch (measure.Kind)
        {
            case MeasureKind.Amount:
                return value / measure.Scale.Factor();
            case MeasureKind.Convenience:
                return Values.Plan.Convenience is { } c ? value / measure.Scale.Factor() / c.Rate : null;
            default:
                var total = Values.Get(measure.ShareBase!, period);
                return total is { } t && t != 0 ? 100m * value / t : null;
        }
    }

    /// <summary>
    /// The printed change of an item from a base period, in percent: the dataset's pin where one fixes it, else
    /// (current − base) / base with the signed base, half away from zero; null where the base is zero or absent.
    /// </summary>
    public (decimal Value, Pin? Pin)? Change(string item, string period, string basePeriod, int decimals)
    {
        if (Values.Get(item, basePeriod) is not { } b || b == 0)
        {
            return null;
        }

        var pin = Pins.FirstOrDefault(p => p.Measure == PinMeasure.Change && p.Item == item && p.Period == period && p.Base == basePeriod);
        return pin is not null
            ? (pin.Value, pin)
            : (Rounding.HalfUp(((Values.Get(item, period) ?? 0m) - b) / b * 100m, decimals), null);
    }

    /// <summary>The printed figure of an item in a rounded measure, in printed units; null where absent.</summary>
    public PrintedFigure? Get(Measure measure, string item, string period)
    {
        var exact = Exact(measure, item, period);
        if (exact is null)
        {
            return null;
        }

        var halfUp = Rounding.HalfUp(exact.Value * measure.StepsPerUnit) / measure.StepsPerUnit;
        if (pinned.TryGetValue((measure, item, period), out var pin))
        {
            return new PrintedFigure(pin.Value, halfUp, FigureReason.Pin, pin.Reason);
        }

        if (!runs.TryGetValue((measure, period), out var run) || !run.Printed.TryGetValue(item, out var steps))
        {
            return new PrintedFigure(halfUp, halfUp, null, null);
        }

        var printed = steps / measure.StepsPerUnit;
        var adjustment = run.Adjustments.FirstOrDefault(a => a.Node == item);
        return printed == halfUp || adjustment is null
            ? new PrintedFigure(printed, halfUp, null, null)
            : new PrintedFigure(printed, halfUp, FigureReason.Footing, string.Format(CultureInfo.InvariantCulture, "forced footing: {0:+0.#;-0.#} on the half-up rounding so that '{1}' adds up", printed - halfUp, adjustment.Relation));
    }

    private void Run(Measure measure, HashSet<string> items, string period, List<FootingRelation> relations, bool enabled)
    {
        var local = Localize(relations, items);

        // Hidden nodes (components no table prints in this measure, with no components of their own) take part at their exact value.
        var exact = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var item in items.Concat(local.SelectMany(r => r.Components.Select(c => c.Item))))
        {
            if (Exact(measure, item, period) is { } value)
            {
                exact[item] = value * measure.StepsPerUnit;
            }
        }

        var pinnedHere = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pin in Pins.Where(p => p.Period == period && Matches(p, measure)))
        {
            pinned[(measure, pin.Item, period)] = pin;
            pinnedHere[pin.Item] = pin.Value * measure.StepsPerUnit;
        }

        if (!enabled)
        {
            return;
        }

        var result = Footing.Foot(new FootingProblem(exact, local, pinnedHere));
        runs[(measure, period)] = result;
        foreach (var adjustment in result.Adjustments)
        {
            outcomes.Add(new FootingOutcome(measure, period, adjustment.Relation, adjustment.Node, adjustment.HalfUp / measure.StepsPerUnit, adjustment.Printed / measure.StepsPerUnit, null));
        }

        foreach (var failure in result.Failures)
        {
            outcomes.Add(new FootingOutcome(measure, period, failure.Relation, null, null, null, failure.Residual / measure.StepsPerUnit));
        }
    }

    /// <summary>Does a pin fix figures of this measure?</summary>
    public static bool Matches(Pin pin, Measure measure) => pin.Measure switch
    {
        PinMeasure.Amount => measure.Kind == MeasureKind.Amount && pin.Scale is { } s && s.Currency == measure.Currency && s.Scale == measure.Scale,
        PinMeasure.Convenience => measure.Kind == MeasureKind.Convenience,
        PinMeasure.Share => measure.Kind == MeasureKind.Share,
        _ => false,
    };

    /// <summary>Keeps the relations whose total this measure prints, with unprinted subtotals replaced by their components.</summary>
    private static List<FootingRelation> Localize(List<FootingRelation> relations, HashSet<string> printed)
    {
        var byTotal = relations.GroupBy(r => r.Total).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new List<FootingRelation>();
        foreach (var relation in relations.Where(r => printed.Contains(r.Total)))
        {
            var components = new List<SignedTerm>();
            foreach (var term in relation.Components)
            {
                Expand(term, printed, byTotal, components, 0);
            }

            // A relation none of whose components this measure prints (a tie to another statement) has nothing to foot.
            if (components.Any(c => printed.Contains(c.Item)))
            {
                result.Add(relation with { Components = components });
            }
        }

        return result;
    }

    private static void Expand(SignedTerm term, HashSet<string> printed, Dictionary<string, FootingRelation> byTotal, List<SignedTerm> into, int depth)
    {
        if (printed.Contains(term.Item) || !byTotal.TryGetValue(term.Item, out var definition) || depth > 20)
        {
            into.Add(term);
            return;
        }

        foreach (var inner in definition.Components)
        {
            Expand(new SignedTerm(term.Sign * inner.Sign, inner.Item), printed, byTotal, into, depth + 1);
        }
    }

    /// <summary>The pack's relations, same-period ties (left is the master side) and derived sums, in that order.</summary>
    private static List<FootingRelation> BuildRelations(PackPlan pack)
    {
        var list = new List<FootingRelation>();
        list.AddRange(pack.Relations.Select(r => new FootingRelation(r.Id, r.Total, r.Terms)));
        foreach (var tie in pack.Ties.Where(t => t.SamePeriod))
        {
            list.Add(new FootingRelation(tie.Id, tie.Left, [tie.Right]));
        }

        list.AddRange(pack.Derived.OfType<DerivedSum>().Select(d => new FootingRelation(d.Id, d.Id, d.Terms, Derived: true)));
        return list;
    }
}

/// <summary>A footing step (a node moved) or a failure (a residual left), in printed units.</summary>
internal sealed record FootingOutcome(Measure Measure, string Period, string Relation, string? Node, decimal? HalfUp, decimal? Printed, decimal? Residual);
