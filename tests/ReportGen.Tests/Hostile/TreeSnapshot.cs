using System.Security.Cryptography;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// Everything under a folder, without following links: each folder, each link with its target, each file with the hash
/// of its bytes. Two snapshots are equal when nothing was added, removed or changed anywhere below.
/// </summary>
internal sealed class TreeSnapshot
{
    private TreeSnapshot(SortedDictionary<string, string> entries)
    {
        Entries = entries;
    }

    public SortedDictionary<string, string> Entries { get; }

    public static TreeSnapshot Of(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), root, entries);
        return new TreeSnapshot(entries);
    }

    /// <summary>What differs from <paramref name="before"/>, one line per entry; empty when nothing does.</summary>
    public IReadOnlyList<string> Differences(TreeSnapshot before)
    {
        var lines = new List<string>();
        foreach (var key in before.Entries.Keys.Union(Entries.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.Entries.GetValueOrDefault(key);
            var now = Entries.GetValueOrDefault(key);
            if (was != now)
            {
                lines.Add($"{key}: {was ?? "(absent)"} -> {now ?? "(absent)"}");
            }
        }

        return lines;
    }

    private static void Walk(DirectoryInfo folder, string root, SortedDictionary<string, string> entries)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var key = Path.GetRelativePath(root, entry.FullName);
            if (entry.LinkTarget is { } target)
            {
                entries[key] = "link -> " + target;
            }
            else if (entry is DirectoryInfo directory)
            {
                entries[key] = "folder";
                Walk(directory, root, entries);
            }
            else
            {
                // A pipe or a device reports no length: never read one.
                var file = (FileInfo)entry;
                entries[key] = file.Length == 0 ? "empty or special" : "file " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))[..16];
            }
        }
    }
}
