using System.Collections;
using System.Reflection;
using ReportGen.Diagnostics;

namespace ReportGen.Input.Pack;

/// <summary>
/// Finds the entries a YAML file leaves empty (<c>sheet: ~</c>, <c>languages:</c> with nothing after it, a list item
/// <c>- ~</c>) where the pack format needs a value. YAML reads them as null whatever the entry's type; each is reported at
/// the nearest entry that knows its place, instead of failing later far from it.
/// </summary>
internal static class MissingValues
{
    /// <summary>One a thread: a <see cref="NullabilityInfoContext"/> caches in plain dictionaries, and a batch reads packs on several threads.</summary>
    [ThreadStatic]
    private static NullabilityInfoContext? nullability;

    private static NullabilityInfoContext Nullability => nullability ??= new NullabilityInfoContext();

    public static void Check(object? value, SourceLocation file, DiagnosticBag bag) => Visit(value, file, "", bag, 0);

    private static void Visit(object? value, SourceLocation at, string path, DiagnosticBag bag, int depth)
    {
        if (value is null or string || depth > 32 || value.GetType().IsValueType)
        {
            return;
        }

        at = (value as ILocated)?.Location ?? at;
        switch (value)
        {
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    Child(entry.Value, at, $"{path}{(path.Length == 0 ? "" : ".")}{entry.Key}", bag, depth, required: true);
                }

                break;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    Child(list[i], at, $"{path}[{i + 1}]", bag, depth, required: true);
                }

                break;
            default:
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(ILocated.Location)))
                {
                    var required = Nullability.Create(property).ReadState == NullabilityState.NotNull;
                    Child(property.GetValue(value), at, $"{path}{(path.Length == 0 ? "" : ".")}{YamlName(property.Name)}", bag, depth, required);
                }

                break;
        }
    }

    private static void Child(object? value, SourceLocation at, string path, DiagnosticBag bag, int depth, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                bag.Add(Messages.YamlSyntax(at, $"'{path}' has no value; give it one or leave the entry out"));
            }

            return;
        }

        Visit(value, at, path, bag, depth + 1);
    }

    private static string YamlName(string property) => char.ToLowerInvariant(property[0]) + property[1..];
}
