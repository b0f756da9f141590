using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Output;
using ReportGen.Pipeline;
using ReportGen.Rendering;

namespace ReportGen.Preparation;

/// <summary>
/// The preparer's commands, as the command line and the tests call them: each reads its inputs, writes its output
/// atomically (nothing at all when anything is wrong), and says what it did and what is left to do.
/// </summary>
public static partial class Preparer
{
    /// <summary><c>reportgen next</c>: the next quarter's dataset, rolled forward from <paramref name="dataset"/>.</summary>
    /// <param name="yearAgo">Last year's dataset of the quarter to come, whose values fill the year-ago periods; optional.</param>
    public static ToolResult Next(string dataset, string? yearAgo, string templates, string output) => Guard(() =>
    {
        var pack = ReleasePipeline.LoadPack(templates);
        var (next, summary) = RollForward.Next(pack, DatasetReader.Read(dataset), yearAgo is null ? null : DatasetReader.Read(yearAgo));
        var bytes = DatasetWriter.Write(next with { Templates = DatasetPack.Rebase(next.Templates, dataset, output) });

        // What is written must read back as a dataset: the schema allows nulls exactly where a value is still to enter.
        DatasetReader.Parse(bytes, output);
        var written = WriteFile(output, bytes);
        return new ToolResult(ExitCodes.Success, written, summary.Prepend($"Wrote {output}: fiscal year {next.FiscalYear}, quarter {next.Quarter}.").ToList(), []);
    });

    /// <summary>Writes one file atomically: in full to a hidden name in the folder's .reportgen, then renamed into place.</summary>
    internal static IReadOnlyList<string> WriteFile(string path, byte[] bytes) =>
        AtomicOutput.WriteBeside(Path.GetDirectoryName(Path.GetFullPath(path))!, [new OutputFile(Path.GetFileName(path), bytes)])
            .Select(_ => path)
            .ToList();

    private static ToolResult Guard(Func<ToolResult> run)
    {
        try
        {
            return run();
        }
        catch (ReportGenException exception)
        {
            return new ToolResult(ExitCodes.InvalidInput, [], [], exception.Diagnostics);
        }
    }
}
