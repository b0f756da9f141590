using System.Security.Cryptography;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Output;

namespace ReportGen.Batch;

/// <summary>
/// The batch's folder: a folder per job (each written as one set by <c>Output/AtomicOutput</c>), the manifest and
/// <c>SHA256SUMS</c>, and the hidden <c>.reportgen-batch/</c>: a record per finished job (what the next run compares
/// with to skip it), a lock per manifest, and temporary files, each renamed into place once whole.
/// </summary>
internal sealed class BatchFolder : IDisposable
{
    public const string HiddenName = ".reportgen-batch";
    private const string TemporaryPrefix = "tmp";

    private readonly FileStream lockFile;
    private readonly string suffix;

    private BatchFolder(string root, string suffix, FileStream lockFile)
    {
        Root = root;
        this.suffix = suffix;
        this.lockFile = lockFile;
    }

    /// <summary>The batch folder, as a full path.</summary>
    public string Root { get; }

    public string Hidden => Path.Combine(Root, HiddenName);

    private string Records => Path.Combine(Hidden, "records");

    /// <summary>Makes the folder, takes the lock of this manifest (shards of one batch each have their own) and removes what a killed run of it left.</summary>
    public static BatchFolder Open(string directory, string suffix)
    {
        if (OutputFolder.Problem(directory) is { } problem)
        {
            throw new ReportGenException(problem);
        }

        var root = Path.GetFullPath(directory);
        FileStream lockFile;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, HiddenName, "records"));
            lockFile = new FileStream(Path.Combine(root, HiddenName, "lock" + suffix), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (exception.GetType() == typeof(IOException))
        {
            throw new ReportGenException(Messages.BatchBusy(directory));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ReportGenException(Messages.BatchFolder(directory, exception.Message));
        }

        var folder = new BatchFolder(root, suffix, lockFile);
        foreach (var stale in Directory.EnumerateFiles(folder.Hidden, TemporaryPrefix + suffix + "-*"))
        {
            File.Delete(stale);
        }

        return folder;
    }

    /// <summary>The record the last run left of a job, or null (none, or not readable: the job is built again).</summary>
    public JobRecord? Record(string id) => BatchJson.Read<JobRecord>(RecordPath(id)) is { } record && record.Id == id ? record : null;

    public void Save(JobRecord record) => WriteAtomically(RecordPath(record.Id), BatchJson.Write(record), flush: false);

    /// <summary>
    /// Writes a file whole under a temporary name in the hidden folder, then renames it into place: a reader, or a run
    /// killed at any moment, finds the old file or the new one. <paramref name="flush"/> also puts it on disk first.
    /// </summary>
    public void WriteAtomically(string path, byte[] content, bool flush = true) =>
        WriteAtomically(path, stream => stream.Write(content), flush);

    public void WriteAtomically(string path, Action<Stream> write, bool flush = true)
    {
        var temporary = Path.Combine(Hidden, $"{TemporaryPrefix}{suffix}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: flush);
            }

            Posix.Rename(temporary, path);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Removes a file of the batch (a manifest that no longer describes the folder), if it is there.</summary>
    public static void Remove(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public void Dispose() => lockFile.Dispose();

    /// <summary>Records are named by a hash of the job's id: ids are paths, which may hold any character.</summary>
    private string RecordPath(string id) =>
        Path.Combine(Records, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..24] + ".json");
}
