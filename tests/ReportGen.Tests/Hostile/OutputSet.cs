using System.Security.Cryptography;

namespace ReportGen.Tests.Hostile;

/// <summary>What a reader of an output folder sees: each visible file's name and the hash of its bytes.</summary>
internal static class OutputSet
{
    /// <summary>The readable files (links followed); names whose link leads nowhere yet are listed in <paramref name="dangling"/>.</summary>
    public static SortedDictionary<string, string> Read(string folder, out List<string> dangling)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        dangling = [];
        foreach (var path in Directory.GetFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (!File.Exists(path) || (new FileInfo(path).LinkTarget is not null && new FileInfo(path).ResolveLinkTarget(true) is not { Exists: true }))
            {
                dangling.Add(name);
                continue;
            }

            files[name] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }

        return files;
    }

    public static SortedDictionary<string, string> Read(string folder)
    {
        var files = Read(folder, out var dangling);
        Assert.Empty(dangling);
        return files;
    }

    /// <summary>Only the files of the set and the hidden state: no staging or temporary entry anywhere visible or hidden.</summary>
    public static void AssertTidy(string folder)
    {
        Assert.Equal([".reportgen"], Directory.GetDirectories(folder).Select(Path.GetFileName));
        var state = Path.Combine(folder, ".reportgen");
        var entries = Directory.GetFileSystemEntries(state).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["current", "lock", "versions"], entries);
        Assert.InRange(Directory.GetDirectories(Path.Combine(state, "versions")).Length, 1, 2);
    }
}
