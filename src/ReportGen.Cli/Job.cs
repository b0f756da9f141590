using ReportGen.Building;
using ReportGen.Diagnostics;
using ReportGen.Excel;
using ReportGen.Output;
using ReportGen.Pdf;
using ReportGen.TieOut;

namespace ReportGen.Cli;

/// <summary>What a run is asked to do, with every path resolved.</summary>
public sealed record JobRequest(string Dataset, string Templates, string Out, string? Published, bool Xlsx, bool Pdf, bool RenderRelease, BuildOptions Options);

/// <summary>What a run did: its exit code, the tie-out (when the inputs could be read), the files written, the problems found.</summary>
public sealed record JobResult(int ExitCode, TieOutReport? Report, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The whole batch: dataset and pack in, checks, then every output written atomically. The CLI only parses arguments and
/// prints; tests call this the same way.
/// </summary>
public static class Job
{
    /// <param name="progress">Told the name of each stage as it starts (the CLI shows it while a person waits).</param>
    public static JobResult Run(JobRequest request, IProgress<string>? progress = null)
    {
        Release release;
        TieOutReport report;
        try
        {
            progress?.Report($"Checking {request.Dataset} against {request.Templates}");
            release = Release.Prepare(request.Dataset, request.Templates, request.Options);
            report = TieOutReport.From(release, request.Published);
        }
        catch (ReportGenException exception)
        {
            return new JobResult(ExitCodes.InvalidInput, null, [], exception.Diagnostics);
        }

        var files = new List<OutputFile>();
        if (request.RenderRelease)
        {
            if (!report.Passed)
            {
                return new JobResult(ExitCodes.TieOutFailed, report, [], report.Failures);
            }

            if (request.Xlsx)
            {
                files.AddRange(release.Documents.Select(d => Rendered(d.FileStem + ".xlsx", s => ExcelRenderer.Render(d, s), progress)));
            }

            if (request.Pdf)
            {
                files.AddRange(release.Documents.Select(d => Rendered(d.FileStem + ".pdf", s => PdfRenderer.Render([d], s), progress)));
                if (release.Documents.Count > 1)
                {
                    var stem = release.Documents[0].FileStem;
                    var bilingual = stem[..stem.LastIndexOf('-')] + "-bilingual.pdf";
                    files.Add(Rendered(bilingual, s => PdfRenderer.Render(release.Documents, s), progress));
                }
            }
        }

        files.Add(new OutputFile("tieout.md", s => s.Write(System.Text.Encoding.UTF8.GetBytes(TieOutWriter.Markdown(report)))));
        files.Add(new OutputFile("tieout.json", s => s.Write(TieOutWriter.Json(report))));
        try
        {
            var written = AtomicOutput.WriteAll(request.Out, files);
            return new JobResult(report.Passed ? ExitCodes.Success : ExitCodes.TieOutFailed, report, written, report.Failures);
        }
        catch (ReportGenException exception)
        {
            return new JobResult(ExitCodes.InvalidInput, report, [], exception.Diagnostics);
        }
    }

    private static OutputFile Rendered(string name, Action<Stream> write, IProgress<string>? progress) =>
        new(name, stream =>
        {
            progress?.Report($"Writing {name}");
            write(stream);
        });
}
