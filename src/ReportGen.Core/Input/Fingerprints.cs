using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Input;

/// <summary>SHA-256 fingerprints of the inputs, so a tie-out says exactly which dataset, pack and figures it checked.</summary>
internal static class Fingerprints
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string OfFile(string path) => Of(File.ReadAllBytes(path));

    /// <summary>One fingerprint for a folder: every file's path relative to it and its bytes, in ordinal order of the paths.</summary>
    public static string OfFolder(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
