using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Output;
using ReportGen.Rendering;
using ReportGen.TieOut;

namespace ReportGen.Pipeline;

/// <summary>
/// One run: dataset and pack in, checks, then every file of the requested formats and the tie-out written atomically.
/// The command line only parses arguments and prints; tests call this the same way.
/// </summary>
public static class ReleaseJob
{
    /// <param name="renderers">The output formats the program offers; <see cref="JobRequest.Formats"/> chooses among them.</param>
    /// <param name="progress">Told the name of each stage as it starts (the CLI shows it while a person waits).</param>
    public static JobResult Run(JobRequest request, RendererRegistry renderers, IProgress<string>? progress = null)
    {
        var unknown = request.Formats.Where(f => renderers.Find(f) is null).ToList();
        if (unknown.Count > 0)
        {
            return new JobResult(ExitCodes.Usage, null, [], [Messages.UnknownFormat(unknown, renderers.Formats)]);
        }

        Release release;
        TieOutReport report;
        try
        {
            progress?.Report($"Checking {request.Dataset} against {request.Templates}");
            release = ReleasePipeline.Prepare(request.Dataset, request.Templates, request.Options);
            report = release.TieOut(request.Published);
        }
        catch (ReportGenException exception)
        {
            return new JobResult(ExitCodes.InvalidInput, null, [], exception.Diagnostics);
        }

        var files = new List<RenderedFile>();
        if (request.RenderRelease)
        {
            if (!report.Passed)
            {
                return new JobResult(ExitCodes.TieOutFailed, report, [], report.Failures);
            }

            foreach (var renderer in request.Formats.Select(f => renderers.Find(f)!).Distinct())
            {
                files.AddRange(renderer.Files(release.DocumentSet).Select(file => Reported(renderer.Format, file, progress)));
            }

            // What this build printed, for the next quarter's check of its comparatives and for comparing drafts.
            var job = FiguresFile.JobName(release.DocumentSet);
            files.Add(new RenderedFile($"{job}-published.tsv", s => s.Write(Encoding.UTF8.GetBytes(PublishedFiguresWriter.Write(release.DocumentSet)))));
            files.Add(new RenderedFile($"{job}-figures.json", s => s.Write(FiguresFile.Write(release.DocumentSet))));
        }

        files.Add(new RenderedFile("tieout.md", s => s.Write(Encoding.UTF8.GetBytes(TieOutWriter.Markdown(report)))));
        files.Add(new RenderedFile("tieout.json", s => s.Write(TieOutWriter.Json(report))));
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

    /// <summary>Reports the file as it is written, and turns a renderer's failure into a diagnostic that names it.</summary>
    private static RenderedFile Reported(string format, RenderedFile file, IProgress<string>? progress) =>
        new(file.Name, stream =>
        {
            progress?.Report($"Writing {file.Name}");
            try
            {
                file.Write(stream);
            }
            catch (RenderException exception)
            {
                throw new ReportGenException(Messages.RendererFailed(format, $"{file.Name}, {exception.Where}", exception.InnerException?.Message ?? exception.Message));
            }
            catch (Exception exception) when (exception is not ReportGenException and not IOException and not UnauthorizedAccessException)
            {
                throw new ReportGenException(Messages.RendererFailed(format, file.Name, exception.Message));
            }
        });
}
