using System.IO.Compression;

namespace ReportGen.Batch;

/// <summary>
/// One job's files and its manifest entry in one zip, byte for byte the same for the same files: entries sorted by name
/// under the job's folder name, every timestamp 1980-01-01, the job's entry last as <c>JOB/manifest.json</c>.
/// </summary>
internal static class JobZip
{
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Stream output, string root, JobRecord record)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in record.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
            entry.LastWriteTime = ZipEpoch;
            using var to = entry.Open();
            using var from = File.OpenRead(Path.Combine(root, file.Path));
            from.CopyTo(to);
        }

        var manifest = zip.CreateEntry($"{record.Folder}/manifest.json", CompressionLevel.Optimal);
        manifest.LastWriteTime = ZipEpoch;
        using var stream = manifest.Open();
        stream.Write(BatchJson.Write(record with { Zip = null }));
    }
}
