using System.Security.Cryptography;
using ReportGen.Diagnostics;

namespace ReportGen.Output;

/// <summary>
/// The hidden folder <c>.reportgen/</c> of an output folder, where sets of files are written and switched:
/// <c>versions/ID/</c> holds one complete set, <c>current</c> is a symbolic link to the version the output folder shows,
/// <c>staging-RANDOM/</c> is a set being written, and <c>lock</c> keeps two runs from writing into one folder at once.
/// </summary>
internal sealed class OutputState : IDisposable
{
    public const string FolderName = ".reportgen";
    private const string StagingPrefix = "staging-";
    private const string TemporaryPrefix = "tmp-";

    private readonly FileStream lockFile;

    private OutputState(string root, FileStream lockFile)
    {
        Root = root;
        this.lockFile = lockFile;
    }

    /// <summary>The output folder, as a full path.</summary>
    public string Root { get; }

    public string Folder => Path.Combine(Root, FolderName);

    private string Versions => Path.Combine(Folder, "versions");

    private string CurrentLink => Path.Combine(Folder, "current");

    /// <summary>The id of the version the output folder shows, or null before the first set (or if it is gone).</summary>
    public string? CurrentId =>
        new FileInfo(CurrentLink).LinkTarget is { } target && IsVersionTarget(target) && Directory.Exists(Path.Combine(Folder, target))
            ? target["versions/".Length..]
            : null;

    /// <summary>Where an output file's top-level link points: through <c>current</c>, so that one rename switches every file.</summary>
    public static string LinkTarget(string name) => $"{FolderName}/current/{name}";

    /// <summary>Makes the hidden folder if need be and takes its lock; another run holding it is an error.</summary>
    public static OutputState Open(string root, string shown)
    {
        var folder = Path.Combine(root, FolderName);
        Directory.CreateDirectory(Path.Combine(folder, "versions"));
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(Path.Combine(folder, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ReportGenException(Messages.OutputBusy(shown));
        }

        return new OutputState(root, lockFile);
    }

    /// <summary>Removes what a run killed part-way left: sets half written, links not yet moved into place.</summary>
    /// <summary>Does a folder's <c>.reportgen</c> hold what a killed run left (a staging folder or a temporary file)?</summary>
    internal static bool HasStale(string outputFolder)
    {
        var hidden = Path.Combine(outputFolder, FolderName);
        return Directory.Exists(hidden) && Directory.EnumerateFileSystemEntries(hidden)
            .Select(Path.GetFileName)
            .Any(n => n!.StartsWith(StagingPrefix, StringComparison.Ordinal) || n.StartsWith(TemporaryPrefix, StringComparison.Ordinal));
    }

    public void RemoveStale()
    {
        foreach (var entry in new DirectoryInfo(Folder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith(StagingPrefix, StringComparison.Ordinal) && entry.LinkTarget is null && entry is DirectoryInfo directory)
            {
                directory.Delete(recursive: true);
            }
            else if (entry.Name.StartsWith(TemporaryPrefix, StringComparison.Ordinal))
            {
                entry.Delete();
            }
        }
    }

    /// <summary>Writes every file into a fresh staging folder and flushes it all to disk; returns the folder.</summary>
    /// <param name="step">Told each file's name as it is written, so that a failure names the file a reader knows.</param>
    public string Stage(IReadOnlyList<OutputFile> files, Action<string> step)
    {
        var staging = Path.Combine(Folder, StagingPrefix + RandomName());
        Directory.CreateDirectory(staging);
        foreach (var file in files)
        {
            var path = Path.Combine(staging, file.Name);
            step(file.Name);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(file.Content);
            stream.Flush(flushToDisk: true);
        }

        Posix.SyncFolder(staging);
        return staging;
    }

    /// <summary>Turns a complete staging folder into version <paramref name="id"/>, replacing a stale copy of it.</summary>
    public void Publish(string staging, string id)
    {
        var version = Path.Combine(Versions, id);
        if (Directory.Exists(version))
        {
            Directory.Delete(version, recursive: true);
        }

        Directory.Move(staging, version);
        Posix.SyncFolder(Versions);
    }

    /// <summary>The folder of the current version, made (empty) when there is none yet.</summary>
    public string EnsureCurrent()
    {
        if (CurrentId is { } id)
        {
            return Path.Combine(Versions, id);
        }

        var empty = "v-" + RandomName();
        Directory.CreateDirectory(Path.Combine(Versions, empty));
        Switch(empty);
        return Path.Combine(Versions, empty);
    }

    /// <summary>Points <c>current</c> at version <paramref name="id"/> in one atomic rename: the moment the new set appears.</summary>
    public void Switch(string id)
    {
        var link = TemporaryPath();
        File.CreateSymbolicLink(link, "versions/" + id);
        Posix.Rename(link, CurrentLink);
        Posix.SyncFolder(Folder);
    }

    /// <summary>Removes every version but those named; a reader that resolved the previous one a moment ago still finds it.</summary>
    public void RemoveVersionsExcept(params string?[] keep)
    {
        foreach (var version in new DirectoryInfo(Versions).EnumerateDirectories().Where(v => !keep.Contains(v.Name)))
        {
            version.Delete(recursive: true);
        }
    }

    public void RemoveVersion(string id)
    {
        var version = Path.Combine(Versions, id);
        if (Directory.Exists(version))
        {
            Directory.Delete(version, recursive: true);
        }
    }

    /// <summary>A fresh name inside the hidden folder for a link or file about to be renamed into place.</summary>
    public string TemporaryPath() => Path.Combine(Folder, TemporaryPrefix + RandomName());

    public void Dispose() => lockFile.Dispose();

    /// <summary>Only a link ReportGen makes counts: <c>versions/v-HEX</c>, never a path that leads elsewhere.</summary>
    private static bool IsVersionTarget(string target) =>
        target.StartsWith("versions/v-", StringComparison.Ordinal) && target["versions/v-".Length..].All(char.IsAsciiHexDigitLower) && target.Length > "versions/v-".Length;

    private static string RandomName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
