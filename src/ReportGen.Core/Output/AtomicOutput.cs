using ReportGen.Diagnostics;
using ReportGen.Rendering;

namespace ReportGen.Output;

/// <summary>
/// Writes a run's files so that a failure never leaves a partial file and never destroys the previous good output:
/// every file is first written in full to a temporary name in the output folder; only when all of them are written are
/// they moved into place, each by an atomic rename. A failure before that deletes the temporary files and nothing else.
/// </summary>
internal static class AtomicOutput
{
    public static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<RenderedFile> files)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var final = Path.Combine(directory, file.Name);
                var temp = Path.Combine(directory, $".{file.Name}.{Environment.ProcessId}.tmp");
                staged.Add((temp, final));
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    file.Write(stream);
                    stream.Flush(flushToDisk: true);
                }
            }
        }
        catch (Exception exception) when (exception is not ReportGenException)
        {
            Discard(staged);
            throw new ReportGenException(Messages.OutputFailed(staged.Count > 0 ? staged[^1].Final : directory, exception.Message));
        }
        catch
        {
            Discard(staged);
            throw;
        }

        foreach (var (temp, final) in staged)
        {
            File.Move(temp, final, overwrite: true);
        }

        return staged.Select(s => s.Final).ToList();
    }

    private static void Discard(IEnumerable<(string Temp, string Final)> staged)
    {
        foreach (var (temp, _) in staged)
        {
            File.Delete(temp);
        }
    }

    /// <summary>Removes files of a previous run that this run supersedes (a failed build's tie-out after a good build).</summary>
    public static void Remove(string directory, (string, string) names)
    {
        foreach (var name in new[] { names.Item1, names.Item2 })
        {
            File.Delete(Path.Combine(directory, name));
        }
    }
}
