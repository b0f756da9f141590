using System.Globalization;
using System.Text.Unicode;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>
/// Reads an input file whole, refusing what is not an ordinary file of a sensible size: a folder, a pipe or a device
/// (which report no size and could block or never end), or a file larger than the limit. Every refusal names the file.
/// </summary>
internal static class InputFile
{
    public static byte[] ReadAllBytes(string path, string what, long maxBytes)
    {
        if (path.Length == 0)
        {
            throw new ReportGenException(Messages.FileNotFound(path, what));
        }

        try
        {
            if (Directory.Exists(path))
            {
                throw new ReportGenException(Messages.UnreadableFile(path, what, "it is a folder, not a file"));
            }

            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            }

            if (!info.Exists)
            {
                throw new ReportGenException(Messages.FileNotFound(path, what));
            }

            // A pipe, a socket or a device reports no size; reading one could block for ever or never end.
            if (info.Length == 0)
            {
                throw new ReportGenException(Messages.UnreadableFile(path, what, "it is empty (or it is not an ordinary file but a pipe or a device)"));
            }

            if (info.Length > maxBytes)
            {
                throw new ReportGenException(Messages.UnreadableFile(path, what, string.Format(CultureInfo.InvariantCulture, "it is {0:#,##0} bytes, and ReportGen reads at most {1:#,##0}", info.Length, maxBytes)));
            }

            return ReadExactly(info.FullName, info.Length, path, what);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ReportGenException(Messages.UnreadableFile(path, what, exception.Message));
        }
    }

    /// <summary>The 1-based line and column (in characters) of the first byte that is not UTF-8, or null when all are.</summary>
    public static (int Line, int Column)? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return (line, System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static byte[] ReadExactly(string fullPath, long length, string path, string what)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[length];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (read != buffer.Length || stream.ReadByte() != -1)
        {
            throw new ReportGenException(Messages.UnreadableFile(path, what, "it changed while it was read (or it is not an ordinary file)"));
        }

        return buffer;
    }
}
