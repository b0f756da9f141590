using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Batch;

/// <summary>
/// The jobs of a batch, sorted by id: from a folder, every <c>dataset.json</c> below it (hidden folders and the batch's
/// own output folder left out), each with the pack of --templates, else the one it names, else the default pack, and its <c>published-en.tsv</c> if one sits beside it; or
/// from a batch manifest (see <see cref="BatchManifestReader"/>).
/// </summary>
internal static class JobList
{
    public const string DatasetName = "dataset.json";
    public const string PublishedName = "published-en.tsv";

    public static IReadOnlyList<BatchJob> Read(BatchRequest request, IReadOnlyList<string> formats)
    {
        if (Directory.Exists(request.Source))
        {
            return FromFolder(request, formats);
        }

        if (File.Exists(request.Source))
        {
            return BatchManifestReader.Read(request.Source, request.Templates, request.DefaultTemplates, request.Formats);
        }

        throw new ReportGenException(Messages.FileNotFound(request.Source, "batch folder or manifest"));
    }

    private static List<BatchJob> FromFolder(BatchRequest request, IReadOnlyList<string> formats)
    {
        var root = Path.GetFullPath(request.Source);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Out));
        var jobs = new List<BatchJob>();
        foreach (var dataset in Datasets(root, output))
        {
            var id = Path.GetRelativePath(root, dataset).Replace('\\', '/');
            jobs.Add(new BatchJob(id, Shown(dataset), DatasetPack.Choose(request.Templates, dataset, request.DefaultTemplates), PublishedBeside(dataset) is { } published ? Shown(published) : null, formats, null));
        }

        if (jobs.Count == 0)
        {
            throw new ReportGenException(Messages.NoJobs(request.Source));
        }

        return [.. jobs.OrderBy(j => j.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every dataset.json below the folder; hidden folders (.reportgen, .git) and the batch's own output are not searched.</summary>
    private static IEnumerable<string> Datasets(string folder, string output)
    {
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            var file = Path.Combine(current, DatasetName);
            if (File.Exists(file))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && Path.TrimEndingDirectorySeparator(sub) != output && new DirectoryInfo(sub).LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }
        }
    }

    /// <summary>The published figures beside a dataset (<c>published-en.tsv</c>), when there are.</summary>
    internal static string? PublishedBeside(string dataset)
    {
        var published = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataset))!, PublishedName);
        return File.Exists(published) ? published : null;
    }

    /// <summary>A path as a reader gives it: relative to the working directory when it lies below it.</summary>
    internal static string Shown(string path) => DatasetPack.Shown(path);

    /// <summary>Folder and file names a job folder may not take: the batch's own files.</summary>
    internal static bool IsReserved(string name) =>
        name.StartsWith('.')
        || name.StartsWith("manifest", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("SHA256SUMS", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
        || !FileNames.IsStem(name);
}
