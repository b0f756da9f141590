using System.Runtime.InteropServices;

namespace ReportGen.Output;

/// <summary>
/// The two system calls .NET does not offer: <c>rename(2)</c> of a symbolic link over another (File.Move refuses links to
/// folders), which is what switches a set atomically, and <c>fsync(2)</c> of a folder, which makes a rename durable.
/// Linux and macOS only; elsewhere they fail with <see cref="PlatformNotSupportedException"/>.
/// </summary>
internal static class Posix
{
    /// <summary>Atomically replaces <paramref name="to"/> (a file or a link) with <paramref name="from"/>.</summary>
    public static void Rename(string from, string to)
    {
        int result;
        try
        {
            result = NativeMethods.rename(Native(from), Native(to));
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new PlatformNotSupportedException("switching a set of files atomically needs rename(2) of a symbolic link (Linux, macOS)", exception);
        }

        if (result != 0)
        {
            throw new IOException($"{Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}: renaming {from} to {to}");
        }
    }

    /// <summary>Flushes a folder's entries (a rename into it) to disk; best effort where the system cannot.</summary>
    public static void SyncFolder(string folder)
    {
        try
        {
            var descriptor = NativeMethods.open(Native(folder), 0);
            if (descriptor >= 0)
            {
                _ = NativeMethods.fsync(descriptor);
                _ = NativeMethods.close(descriptor);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // No folder sync here: the set is still switched atomically, only less durably across a power cut.
        }
    }

    /// <summary>A path as the C library takes it: UTF-8, ending in NUL.</summary>
    private static byte[] Native(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int rename(byte[] oldPath, byte[] newPath);

        [DllImport("libc", SetLastError = true)]
        public static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern int fsync(int descriptor);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int descriptor);
    }
}
