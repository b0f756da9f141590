using System.Security.Cryptography;

namespace ReportGen.Tests.Batch;

/// <summary>What a batch folder holds, as a reader of it sees it.</summary>
internal static class BatchFiles
{
    /// <summary>Every visible file below the folder (links followed), by relative path, with the hash of its bytes.</summary>
    public static SortedDictionary<string, string> Read(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path);
            if (!relative.Split('/').Any(p => p.StartsWith('.')))
            {
                files[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
            }
        }

        return files;
    }

    /// <summary>What <c>sha256sum -c SHA256SUMS</c> checks, run from the folder: every line's file has its hash.</summary>
    public static int Verify(string folder, string checksums = "SHA256SUMS")
    {
        var lines = File.ReadAllLines(Path.Combine(folder, checksums));
        foreach (var line in lines)
        {
            var hash = line[..64];
            Assert.Equal("  ", line[64..66]);
            var path = Path.Combine(folder, line[66..]);
            Assert.True(File.Exists(path), $"{line[66..]} is listed and missing");
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        }

        return lines.Length;
    }

    /// <summary>No temporary file or staging folder anywhere: in the batch's hidden folder or in any job's.</summary>
    public static void AssertTidy(string folder)
    {
        var hidden = Path.Combine(folder, ".reportgen-batch");
        Assert.DoesNotContain(Directory.GetFiles(hidden).Select(Path.GetFileName), n => !n!.StartsWith("lock", StringComparison.Ordinal));
        foreach (var job in Directory.GetDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            var state = Path.Combine(job, ".reportgen");
            var entries = Directory.GetFileSystemEntries(state).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.True(entries.SequenceEqual(["current", "lock", "versions"]), $"{job}: {string.Join(", ", entries)}");
        }
    }
}
