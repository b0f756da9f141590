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
internal static partial class PackReader
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
        if (files.Count > Limits.TableFiles)
        {
            bag.Add(Messages.PackInvalid(new SourceLocation(tableDir), $"tables/ holds {files.Count} table files; a pack has at most {Limits.TableFiles}"));
            files = [];
        }

        foreach (var file in files)
        {
            if (Read<TableDef>(directory, Path.Combine("tables", Path.GetFileName(file)), bag, required: true) is { } table)
            {
                tables.Add(table);
            }
        }

        bag.ThrowIfErrors();
        return new PackFile(directory, manifest, labels, texts, footnotes, relations, tables, Fingerprints.OfFolder(directory), facts);
    }

    private static T? Read<T>(string directory, string relative, DiagnosticBag bag, bool required)
        where T : class
    {
        var path = Path.Combine(directory, relative);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            if (required)
            {
                bag.Add(Messages.FileNotFound(path, "template file"));
            }

            return null;
        }

        string text;
        try
        {
            var bytes = InputFile.ReadAllBytes(path, "template file", Limits.PackFileBytes);
            if (InputFile.FirstInvalidUtf8(bytes) is { } bad)
            {
                bag.Add(Messages.YamlSyntax(new SourceLocation(path, bad.Line, bad.Column), "the file is not UTF-8 text here: save it as UTF-8"));
                return null;
            }

            text = new System.Text.UTF8Encoding(false).GetString(bytes);
        }
        catch (ReportGenException exception)
        {
            foreach (var diagnostic in exception.Diagnostics)
            {
                bag.Add(diagnostic);
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
            using var reader = new StringReader(text);
            var value = deserializer.Deserialize<T>(reader);
            if (value is null)
            {
                bag.Add(Messages.YamlSyntax(new SourceLocation(path, 1, 1), "the file is empty"));
                return null;
            }

            var missing = new DiagnosticBag();
            MissingValues.Check(value, new SourceLocation(path, 1, 1), missing);
            foreach (var diagnostic in missing.Items)
            {
                bag.Add(diagnostic);
            }

            return missing.HasErrors ? null : value;
        }
        catch (YamlException exception)
        {
            var inner = exception.InnerException is OverflowException ? "the number is too large for this setting" : exception.InnerException?.Message;
            var detail = exception.Message;
            if (DuplicateKey().Match(detail) is { Success: true } duplicate)
            {
                bag.Add(Messages.YamlSyntax(new SourceLocation(path, (int)exception.Start.Line, (int)exception.Start.Column), $"'{duplicate.Groups[1].Value}' is written twice in this mapping: keep one (otherwise the last would silently win)"));
                return null;
            }

            var cut = detail.IndexOf("): ", StringComparison.Ordinal);
            detail = cut > 0 ? detail[(cut + 3)..] : detail;
            if (inner is not null && !detail.Contains(inner, StringComparison.Ordinal))
            {
                detail = detail.StartsWith("Exception during deserialization", StringComparison.Ordinal)
                    ? $"cannot read this value: {inner}"
                    : $"{detail} {inner}";
            }

            bag.Add(Messages.YamlSyntax(new SourceLocation(path, (int)exception.Start.Line, (int)exception.Start.Column), YamlMessages.Plain(detail)));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            // YamlDotNet reports most problems as YamlException; a value its converters choke on may come as one of these.
            bag.Add(Messages.YamlSyntax(new SourceLocation(path, 1, 1), $"cannot read the file: {exception.Message}"));
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^Encountered duplicate key (.*)$")]
    private static partial System.Text.RegularExpressions.Regex DuplicateKey();
}
