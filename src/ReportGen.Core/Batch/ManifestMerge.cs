using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Pipeline;
using ReportGen.TieOut;

namespace ReportGen.Batch;

/// <summary>
/// Combines the manifests of a batch's shards (<c>manifest-0-of-4.json</c> …) into one, with a <c>SHA256SUMS</c> beside it:
/// every job once, paths rewritten relative to the new manifest's folder, jobs sorted by id. A job that two manifests
/// record differently, or two jobs in one folder, is an error, and nothing is written.
/// </summary>
public static class ManifestMerge
{
    /// <returns>The exit code (0, or 1 with the problems), the problems, and the files written.</returns>
    public static (int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written) Merge(IReadOnlyList<string> manifests, string output, BuildOptions options)
    {
        var bag = new DiagnosticBag();
        var target = Path.GetDirectoryName(Path.GetFullPath(output))!;
        var jobs = new Dictionary<string, (JobRecord Record, string From)>(StringComparer.Ordinal);
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in manifests)
        {
            if (!File.Exists(path))
            {
                bag.Add(Messages.FileNotFound(path, "manifest"));
                continue;
            }

            if (BatchJson.Read<BatchManifest>(path) is not { Format: BatchManifest.FormatName, Jobs: { } records })
            {
                bag.Add(Messages.ManifestMerge(path, $"it is not a manifest reportgen batch wrote ({BatchManifest.FormatName})"));
                continue;
            }

            var source = Path.GetDirectoryName(Path.GetFullPath(path))!;
            foreach (var record in records.Select(r => Rebase(r, source, target)))
            {
                if (jobs.TryGetValue(record.Id, out var seen))
                {
                    if (BatchJson.Write(seen.Record).AsSpan().SequenceEqual(BatchJson.Write(record)))
                    {
                        continue;
                    }

                    bag.Add(Messages.ManifestMerge(path, $"job '{record.Id}' is also in {seen.From}, recorded differently: merge the manifests of one run"));
                    continue;
                }

                if (record.Folder is { } folder && folders.TryGetValue(folder, out var other))
                {
                    bag.Add(Messages.ManifestMerge(path, $"job '{record.Id}' writes into folder '{folder}' as job '{other}' does"));
                    continue;
                }

                jobs[record.Id] = (record, path);
                if (record.Folder is not null)
                {
                    folders[record.Folder] = record.Id;
                }
            }
        }

        if (bag.HasErrors)
        {
            return (ExitCodes.InvalidInput, bag.Items, []);
        }

        try
        {
            var manifest = BatchManifest.Of([.. jobs.Values.Select(j => j.Record)], ToolVersion.Text, null, BatchRun.Created(options));
            var bytes = BatchJson.Write(manifest);
            var checksums = Path.Combine(target, BatchRun.ChecksumsName);
            using var folder = BatchFolder.Open(target, "-merge");
            folder.WriteAtomically(Path.GetFullPath(output), bytes);
            folder.WriteAtomically(checksums, BatchRun.Checksums(manifest.Jobs, (Path.GetFileName(output), bytes)));
            return (ExitCodes.Success, [], [output, Path.Combine(Path.GetDirectoryName(output) ?? "", BatchRun.ChecksumsName)]);
        }
        catch (ReportGenException exception)
        {
            return (ExitCodes.InvalidInput, exception.Diagnostics, []);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (ExitCodes.InvalidInput, [Messages.ManifestMerge(output, exception.Message)], []);
        }
    }

    private static JobRecord Rebase(JobRecord record, string from, string to)
    {
        string Moved(string path) => path.Length == 0 ? path : BatchRun.Relative(to, Path.Combine(from, path));
        return record with
        {
            Inputs = [.. record.Inputs.Select(i => i with { Path = Moved(i.Path) })],
            Pack = record.Pack is null ? null : record.Pack with { Path = Moved(record.Pack.Path) },
            Files = [.. record.Files.Select(f => f with { Path = Moved(f.Path) })],
            Zip = record.Zip is null ? null : record.Zip with { Path = Moved(record.Zip.Path) },
        };
    }
}
