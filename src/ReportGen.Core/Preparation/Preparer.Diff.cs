using System.Text;
using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Output;
using ReportGen.Pipeline;
using ReportGen.Rendering;
using ReportGen.TieOut;

namespace ReportGen.Preparation;

public static partial class Preparer
{
    /// <summary>
    /// <c>reportgen diff</c>: every printed figure that differs between two builds. Each side is a dataset (built here
    /// with the pack, nothing written) or an output folder (its <c>&lt;job&gt;-figures.json</c>, or that file itself).
    /// </summary>
    /// <param name="output">Where to write <c>blackline.md</c> and <c>blackline.json</c>; when null the Markdown is the result's text.</param>
    public static (ToolResult Result, BlacklineReport? Report) Diff(string old, string @new, string templates, string? output)
    {
        BlacklineReport? report = null;
        var result = Guard(() =>
        {
            var notes = new List<string>();
            var a = Side(old, templates, "old", notes);
            var b = Side(@new, templates, "new", notes);
            notes.AddRange(Blackline.PeriodNotes(a.Figures, b.Figures));
            var facts = a.Dataset is not null && b.Dataset is not null ? Blackline.Facts(a.Dataset, b.Dataset) : [];
            report = new BlacklineReport(old, @new, facts, Blackline.Compare(a.Figures, b.Figures), notes);
            var summary = BlacklineWriter.Summary(report).ToList();
            if (output is null)
            {
                return new ToolResult(ExitCodes.Success, [], [BlacklineWriter.Markdown(report)], []);
            }

            var written = AtomicOutput.WriteAll(output, [
                new OutputFile("blackline.md", Encoding.UTF8.GetBytes(BlacklineWriter.Markdown(report))),
                new OutputFile("blackline.json", BlacklineWriter.Json(report)),
            ]);
            return new ToolResult(ExitCodes.Success, written, summary.Concat(written.Select(w => $"Wrote {w}")).ToList(), []);
        });
        return (result, report);
    }

    /// <summary>One side of a blackline: the figures it printed, and its dataset where it is one.</summary>
    private static (IReadOnlyList<FigureEntry> Figures, DatasetFile? Dataset) Side(string path, string templates, string which, List<string> notes)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path, "*-figures.json").Order(StringComparer.Ordinal).ToList();
            return files.Count == 1
                ? (FiguresFile.Read(files[0]), null)
                : throw new ReportGenException(Messages.FiguresFile(path, files.Count == 0
                    ? "the folder has no <job>-figures.json; every build writes one beside the release's files (build it again with this version)"
                    : $"the folder has {files.Count} figures files ({string.Join(", ", files.Select(Path.GetFileName))}); give the one to compare"));
        }

        if (IsFiguresFile(path))
        {
            return (FiguresFile.Read(path), null);
        }

        var release = ReleasePipeline.Prepare(path, templates, new BuildOptions());
        if (release.Failures.Count > 0)
        {
            notes.Add($"The {which} dataset does not pass its checks ({release.Failures.Count} problem{(release.Failures.Count == 1 ? "" : "s")}: reportgen check {path} lists them); its figures are compared as they would print.");
        }

        return (FiguresFile.Entries(release.DocumentSet), DatasetReader.Read(path));
    }

    private static bool IsFiguresFile(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("format", out var format) && format.GetString() == FiguresFile.Format;
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return false;
        }
    }
}
