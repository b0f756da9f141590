using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace ReportGen.Input.Pack;

/// <summary>
/// Reads a template pack folder: <c>pack.yaml</c>, <c>labels.yaml</c>, <c>footnotes.yaml</c>, <c>relations.yaml</c>,
/// <c>texts.yaml</c> and <c>facts.yaml</c> (both optional) and <c>tables/*.yaml</c>. Syntax errors, unknown keys and repeated keys are reported with
/// file:line:column; what the entries mean is checked when the pack is bound.
/// </summary>
internal static class PackReader
{
    public static PackFile Read(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ReportGenException(Messages.FileNotFound(directory, "template pack folder"));
        }

        var bag = new DiagnosticBag();
        var manifest = Read<PackManifestDef>(directory, "pack.yaml", bag, required: true) ?? new PackManifestDef();
        var labels = Read<Dictionary<string, LocalizedText>>(directory, "labels.yaml", bag, required: true) ?? [];
        var texts = Read<Dictionary<string, LocalizedText>>(directory, "texts.yaml", bag, required: false) ?? [];
        var footnotes = Read<Dictionary<string, FootnoteDef>>(directory, "footnotes.yaml", bag, required: true) ?? [];
        var relations = Read<RelationsDef>(directory, "relations.yaml", bag, required: true) ?? new RelationsDef();
        var facts = Read<Dictionary<string, FactDef>>(directory, "facts.yaml", bag, required: false);
        var tables = new List<TableDef>();
        var tableDir = Path.Combine(directory, "tables");
        var files = System.IO.Directory.Exists(tableDir)
            ? System.IO.Directory.GetFiles(tableDir, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in files)
        {
            if (Read<TableDef>(directory, Path.Combine("tables", Path.GetFileName(file)), bag, required: true) is { } table)
            {
                tables.Add(table);
            }
        }

        bag.ThrowIfErrors();
        return new PackFile(directory, manifest, labels, texts, footnotes, relations, tables, facts);
    }

    private static T? Read<T>(string directory, string relative, DiagnosticBag bag, bool required)
        where T : class
    {
        var path = Path.Combine(directory, relative);
        if (!File.Exists(path))
        {
            if (required)
            {
                bag.Add(Messages.FileNotFound(path, "template file"));
            }

            return null;
        }

        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithDuplicateKeyChecking()
            .WithNodeDeserializer(inner => new ObjectLocations(inner, path), s => s.InsteadOf<ObjectNodeDeserializer>())
            .WithNodeDeserializer(inner => new MapLocations(inner, path), s => s.InsteadOf<DictionaryNodeDeserializer>())
            .Build();
        try
        {
            using var reader = new StreamReader(path);
            var value = deserializer.Deserialize<T>(reader);
            if (value is null)
            {
                bag.Add(Messages.YamlSyntax(new SourceLocation(path, 1, 1), "the file is empty"));
            }

            return value;
        }
        catch (YamlException exception)
        {
            var inner = exception.InnerException?.Message;
            var detail = exception.Message;
            var cut = detail.IndexOf("): ", StringComparison.Ordinal);
            detail = cut > 0 ? detail[(cut + 3)..] : detail;
            if (inner is not null && !detail.Contains(inner, StringComparison.Ordinal))
            {
                detail = detail.StartsWith("Exception during deserialization", StringComparison.Ordinal)
                    ? $"cannot read this value: {inner}"
                    : $"{detail} {inner}";
            }

            bag.Add(Messages.YamlSyntax(new SourceLocation(path, (int)exception.Start.Line, (int)exception.Start.Column), detail));
            return null;
        }
    }
}
