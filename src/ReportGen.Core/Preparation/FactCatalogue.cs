using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Binding;

namespace ReportGen.Preparation;

/// <summary>
/// Every fact a pack needs, with its labels in each language, its unit and the period roles it is needed for: what a
/// preparer must put into a dataset, listed without building anything.
/// </summary>
public static class FactCatalogue
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The facts in the order of the pack's <c>facts.yaml</c>, then any it does not declare in the order the tables need them.</summary>
    public static IReadOnlyList<FactListing> Of(PackPlan pack)
    {
        var declared = pack.FactUnits.Keys.ToList();
        return FactNeeds.Of(pack)
            .OrderBy(need => declared.IndexOf(need.Id) is var i and >= 0 ? i : int.MaxValue)
            .Select(need => new FactListing(need.Id, pack.FactUnits.GetValueOrDefault(need.Id), Labels(pack, need.Id), need.Roles, need.UsedBy))
            .ToList();
    }

    /// <summary>The label a table prints for the item (the first table that prints it), else its catalogue entry, in each language.</summary>
    internal static IReadOnlyDictionary<string, string> Labels(PackPlan pack, string item)
    {
        var key = pack.PrintedTables.SelectMany(t => t.Rows).OfType<ItemRow>().FirstOrDefault(r => r.Item == item)?.LabelKeyOrItem ?? item;
        var label = pack.Labels.GetValueOrDefault(key) ?? pack.Labels.GetValueOrDefault(item);
        return pack.Languages
            .Where(l => label?.For(l.Tag) is not null)
            .ToDictionary(l => l.Tag, l => label!.For(l.Tag)!.Source, StringComparer.Ordinal);
    }

    /// <summary>The listing for a person: one block per fact, its id, unit and roles, then its label in each language.</summary>
    public static string Text(PackPlan pack, IReadOnlyList<FactListing> facts)
    {
        var text = new StringBuilder();
        text.AppendLine($"{facts.Count} facts that the pack {pack.Directory} needs: id, unit, the period roles a dataset gives it for; its labels.");
        text.AppendLine($"Roles: {string.Join("; ", pack.Roles.Select(r => $"{r.Key} = {r.Value}"))}.");
        var width = facts.Count == 0 ? 0 : facts.Max(f => f.Id.Length);
        foreach (var fact in facts)
        {
            text.AppendLine();
            text.AppendLine($"{fact.Id.PadRight(width)}  {(fact.Unit?.Name ?? "(unit not declared)").PadRight(16)}  {string.Join(", ", fact.Roles)}");
            foreach (var (language, label) in fact.Labels)
            {
                text.AppendLine($"    {language}  {label}");
            }
        }

        return text.ToString();
    }

    /// <summary>The listing for machines.</summary>
    public static byte[] Json(PackPlan pack, IReadOnlyList<FactListing> facts) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                pack = pack.Directory,
                roles = pack.Roles,
                facts = facts.Select(f => new { id = f.Id, unit = f.Unit?.Name, roles = f.Roles, labels = f.Labels, usedBy = f.UsedBy }),
            },
            JsonOptions);
}
