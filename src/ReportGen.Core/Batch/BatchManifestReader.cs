using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Input.Pack;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Batch;

/// <summary>
/// Reads a batch manifest, a YAML file whose paths are relative to its own folder:
/// <code>
/// templates: ../templates/iij      # the pack of jobs that name none (else --templates, else the dataset's own, else the default)
/// formats: [xlsx, pdf]              # the formats of jobs that name none (else --format)
/// jobs:
///   - dataset: iij-2q03/dataset.json
///     pack: ../templates/iij        # optional
///     formats: [pdf]                # optional
///     output: iij-2q03-pdf          # optional: the job's folder; the pack's job name by default
///     published: iij-2q03/published-en.tsv   # optional; published-en.tsv beside the dataset by default
/// </code>
/// Every problem is reported at its line and column, all at once, and nothing runs.
/// </summary>
internal static class BatchManifestReader
{
    private static readonly string[] TopKeys = ["templates", "formats", "jobs"];
    private static readonly string[] JobKeys = ["dataset", "pack", "formats", "output", "published"];

    public static IReadOnlyList<BatchJob> Read(string path, string? chosenPack, string defaultPack, IReadOnlyList<string>? commandLineFormats)
    {
        var bytes = InputFile.ReadAllBytes(path, "batch manifest", Limits.PackFileBytes);
        if (InputFile.FirstInvalidUtf8(bytes) is { } bad)
        {
            throw new ReportGenException(Messages.BatchManifest(new SourceLocation(path, bad.Line, bad.Column), "the file is not UTF-8 text here: save it as UTF-8"));
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(new System.Text.UTF8Encoding(false).GetString(bytes)));
        }
        catch (YamlException exception)
        {
            throw new ReportGenException(Messages.BatchManifest(new SourceLocation(path, (int)exception.Start.Line, (int)exception.Start.Column), YamlMessages.Plain(exception.Message)));
        }

        var bag = new DiagnosticBag();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode top)
        {
            throw new ReportGenException(Messages.BatchManifest(new SourceLocation(path, 1, 1), "expected a mapping with 'jobs:', a list of jobs"));
        }

        var keys = Keys(path, top, TopKeys, bag);
        var pack = keys.TryGetValue("templates", out var templates) ? JobList.Shown(Resolve(folder, Scalar(path, templates, bag))) : chosenPack;
        var formats = commandLineFormats ?? (keys.TryGetValue("formats", out var f) ? Formats(path, f, bag) : null) ?? ["xlsx", "pdf"];
        var jobs = new List<BatchJob>();
        if (!keys.TryGetValue("jobs", out var list) || list is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            bag.Add(Messages.BatchManifest(At(path, keys.GetValueOrDefault("jobs") ?? top), "'jobs:' must be a list of jobs, each with its dataset"));
            bag.ThrowIfErrors();
            return [];
        }

        var ids = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode entry)
            {
                bag.Add(Messages.BatchManifest(At(path, node), "a job is a mapping: dataset, and optionally pack, formats, output, published"));
                continue;
            }

            var job = Keys(path, entry, JobKeys, bag);
            if (!job.TryGetValue("dataset", out var datasetNode))
            {
                bag.Add(Messages.BatchManifest(At(path, entry), "the job names no dataset"));
                continue;
            }

            var written = Scalar(path, datasetNode, bag);
            var dataset = Resolve(folder, written);
            var output = job.TryGetValue("output", out var outputNode) ? Scalar(path, outputNode, bag) : null;
            if (output is not null && JobList.IsReserved(output))
            {
                bag.Add(Messages.BatchManifest(At(path, outputNode!), $"'{output}' cannot be a job folder's name: {FileNames.Rule}, and not manifest…, SHA256SUMS… or ….zip"));
            }

            var id = output ?? written.Replace('\\', '/');
            if (!ids.TryAdd(id, entry))
            {
                bag.Add(Messages.BatchManifest(At(path, entry), $"'{id}' is a job already (line {ids[id].Start.Line}): give each job its own output name"));
            }

            var published = job.TryGetValue("published", out var p) ? Resolve(folder, Scalar(path, p, bag)) : JobList.PublishedBeside(dataset);
            jobs.Add(new BatchJob(
                id,
                JobList.Shown(dataset),
                job.TryGetValue("pack", out var jobPack) ? JobList.Shown(Resolve(folder, Scalar(path, jobPack, bag))) : DatasetPack.Choose(pack, dataset, defaultPack),
                published is null ? null : JobList.Shown(published),
                (job.TryGetValue("formats", out var jobFormats) ? Formats(path, jobFormats, bag) : null) ?? formats,
                output));
        }

        bag.ThrowIfErrors();
        return [.. jobs.OrderBy(j => j.Id, StringComparer.Ordinal)];
    }

    private static string Resolve(string folder, string path) => path.Length == 0 ? path : Path.GetFullPath(Path.Combine(folder, path));

    private static Dictionary<string, YamlNode> Keys(string path, YamlMappingNode mapping, string[] known, DiagnosticBag bag)
    {
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
            {
                bag.Add(Messages.BatchManifest(At(path, keyNode), $"unknown key '{key}' (known: {string.Join(", ", known)})"));
            }
            else if (!keys.TryAdd(key, value))
            {
                bag.Add(Messages.BatchManifest(At(path, keyNode), $"'{key}' is written twice in this mapping: keep one"));
            }
        }

        return keys;
    }

    private static string Scalar(string path, YamlNode node, DiagnosticBag bag)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        bag.Add(Messages.BatchManifest(At(path, node), "expected a text (a path or a name) here"));
        return "";
    }

    private static List<string>? Formats(string path, YamlNode node, DiagnosticBag bag)
    {
        var items = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(c => Scalar(path, c, bag)).ToList(),
            YamlScalarNode scalar => [.. Scalar(path, scalar, bag).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            _ => null,
        };
        if (items is not { Count: > 0 })
        {
            bag.Add(Messages.BatchManifest(At(path, node), "formats is a list of output formats: [xlsx, pdf]"));
            return null;
        }

        return items;
    }

    private static SourceLocation At(string path, YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);
}
