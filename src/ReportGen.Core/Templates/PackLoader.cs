using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace ReportGen.Templates;

/// <summary>
/// Reads a template pack folder: <c>pack.yaml</c>, <c>labels.yaml</c>, <c>footnotes.yaml</c>, <c>relations.yaml</c> and
/// <c>tables/*.yaml</c>. Syntax and unknown keys are reported with file:line:column; references are checked by
/// <see cref="PackValidator"/>.
/// </summary>
public static class PackLoader
{
    public static TemplatePack Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ReportGenException(Messages.FileNotFound(directory, "template pack folder"));
        }

        var bag = new DiagnosticBag();
        var manifest = Read<PackManifest>(directory, "pack.yaml", bag) ?? new PackManifest();
        var labels = Read<Dictionary<string, LocalizedText>>(directory, "labels.yaml", bag) ?? [];
        var footnotes = Read<Dictionary<string, FootnoteDef>>(directory, "footnotes.yaml", bag) ?? [];
        var relations = Read<RelationsFile>(directory, "relations.yaml", bag) ?? new RelationsFile();
        var tables = new Dictionary<string, TableDef>(StringComparer.Ordinal);
        var tableDir = Path.Combine(directory, "tables");
        var files = System.IO.Directory.Exists(tableDir)
            ? System.IO.Directory.GetFiles(tableDir, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in files)
        {
            var table = Read<TableDef>(directory, Path.Combine("tables", Path.GetFileName(file)), bag);
            if (table is null)
            {
                continue;
            }

            if (!tables.TryAdd(table.Id, table))
            {
                bag.Add(Messages.PackInvalid(table.Location, $"table id '{table.Id}' is used by another table file too"));
            }
        }

        bag.ThrowIfErrors();
        var pack = new TemplatePack(directory, manifest, labels, footnotes, relations, tables);
        PackValidator.Validate(pack);
        return pack;
    }

    private static T? Read<T>(string directory, string relative, DiagnosticBag bag)
        where T : class
    {
        var path = Path.Combine(directory, relative);
        if (!File.Exists(path))
        {
            bag.Add(Messages.FileNotFound(path, "template file"));
            return null;
        }

        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithNodeDeserializer(inner => new LocationTrackingDeserializer(inner, path), s => s.InsteadOf<ObjectNodeDeserializer>())
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
