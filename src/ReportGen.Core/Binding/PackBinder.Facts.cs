using ReportGen.Diagnostics;
using ReportGen.Input.Pack;

namespace ReportGen.Binding;

internal sealed partial class PackBinder
{
    /// <summary><c>facts.yaml</c>: each fact's unit, parsed; a derived item cannot be declared a fact.</summary>
    private Dictionary<string, Unit> BindFactUnits(List<DerivedItem> derived)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var (id, definition) in file.Facts ?? new Dictionary<string, FactDef>())
        {
            if (!Unit.TryParse(definition.Unit, out var unit))
            {
                bag.Add(Messages.PackInvalid(definition.Location, $"fact '{id}': unit '{definition.Unit}' is not a currency code with an optional scale (JPY, CAD_thousands) nor a quantity (count, Gbps)"));
                continue;
            }

            if (derived.Any(d => d.Id == id))
            {
                bag.Add(Messages.PackInvalid(definition.Location, $"fact '{id}' is a derived item of relations.yaml: the engine computes it, a dataset cannot hold it"));
                continue;
            }

            units[id] = unit;
        }

        return units;
    }

    /// <summary>Where the pack declares units, every fact it needs has one.</summary>
    private void CheckFactUnits(PackPlan plan)
    {
        if (plan.FactUnits.Count == 0)
        {
            return;
        }

        var at = new SourceLocation(Path.Combine(file.Directory, "facts.yaml"), 1, 1);
        foreach (var need in FactNeeds.Of(plan).Where(n => !plan.FactUnits.ContainsKey(n.Id)))
        {
            bag.Add(Messages.PackReference(at, $"facts.yaml declares no unit for '{need.Id}', which {need.UsedBy[0]} needs"));
        }
    }
}
