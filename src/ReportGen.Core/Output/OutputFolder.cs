using ReportGen.Diagnostics;

namespace ReportGen.Output;

/// <summary>
/// The folder a run writes into (<c>--out</c>), checked before anything is read or written: a path, not a file, not
/// under a file. It is created (with its parents) only when a set of files is ready to be switched in.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Why <paramref name="path"/> cannot be the output folder, or null when it can (as far as can be told before creating it).</summary>
    public static Diagnostic? Problem(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return Messages.OutputFolder(path ?? "", "no folder is named (--out is empty)");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Messages.OutputFolder(path, exception.Message);
        }

        if (File.Exists(full) && !Directory.Exists(full))
        {
            return Messages.OutputFolder(path, "it is a file, not a folder");
        }

        // The nearest part of the path that exists must be a folder, or the output folder could never be made.
        for (var parent = Path.GetDirectoryName(full); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (Directory.Exists(parent))
            {
                return null;
            }

            if (File.Exists(parent))
            {
                return Messages.OutputFolder(path, $"{parent} is a file, so no folder can be made under it");
            }
        }

        return null;
    }

    /// <summary>Creates the folder and its missing parents; returns the outermost folder made, which a failed run removes again.</summary>
    public static string? Create(string full, string shown)
    {
        var outermost = full;
        while (Path.GetDirectoryName(outermost) is { } parent && !Directory.Exists(parent))
        {
            outermost = parent;
        }

        if (Directory.Exists(full))
        {
            return null;
        }

        try
        {
            Directory.CreateDirectory(full);
            return outermost;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReportGenException(Messages.OutputFolder(shown, exception.Message));
        }
    }
}
