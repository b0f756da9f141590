using System.Security.Cryptography;

namespace ReportGen.Batch;

/// <summary>Sizes and SHA-256 of files as a reader gets them: a job's files are links into its current set, and are hashed through the link.</summary>
internal static class FileHashes
{
    /// <summary>The entry of a file, its path written relative to <paramref name="root"/> with '/'; null when it cannot be read.</summary>
    public static FileEntry? Entry(string root, string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
            return new FileEntry(Path.GetRelativePath(root, path).Replace('\\', '/'), stream.Length, hash);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Is the file there, with the size and content the entry records?</summary>
    public static bool Intact(string root, FileEntry entry) =>
        Entry(root, Path.Combine(root, entry.Path)) is { } now && now == entry;
}
