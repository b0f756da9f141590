using System.Globalization;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Output;
using ReportGen.Rendering;
using ReportGen.TieOut;

namespace ReportGen.Pipeline;

/// <summary>
/// One run: dataset and pack in, checks, then every file of the requested formats and the tie-out written into the
/// output folder as one set (see <c>Output/AtomicOutput</c>). It never throws for bad input: every problem comes back as a
/// located diagnostic with its exit code. The command line only parses arguments and prints; tests and batches call this
/// the same way, one output folder per job.
/// </summary>
public static class ReleaseJob
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<IWarmUp, bool> Warmed = new(ReferenceEqualityComparer.Instance);

    /// <param name="renderers">The output formats the program offers; <see cref="JobRequest.Formats"/> chooses among them.</param>
    /// <param name="progress">Told the name of each stage as it starts (the CLI shows it while a person waits).</param>
    public static JobResult Run(JobRequest request, RendererRegistry renderers, IProgress<string>? progress = null)
    {
        // The files must not depend on the machine's locale (an ar-SA locale dates PDFs by the Hijri calendar): every
        // language's formatting names its culture, and what a library formats by the current one is made invariant.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(request, renderers, progress);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static JobResult RunInvariant(JobRequest request, RendererRegistry renderers, IProgress<string>? progress)
    {
        var unknown = request.Formats.Where(f => renderers.Find(f) is null).ToList();
        if (unknown.Count > 0)
        {
            return new JobResult(ExitCodes.Usage, null, [], [Messages.UnknownFormat(unknown, renderers.Formats)]);
        }

        var chosen = request.Formats.Select(f => renderers.Find(f)!).Distinct().ToList();

        if (OutputFolder.Problem(request.Out) is { } unusable)
        {
            return new JobResult(ExitCodes.InvalidInput, null, [], [unusable]);
        }

        // A cold process: the renderers compile their code and read their fonts on the second core while the dataset is
        // checked; once a process (a batch's later jobs find them warm).
        // REPORTGEN_WARMUP=0 turns it off, for bench/cold-build.sh to measure what it brings.
        if (request.RenderRelease && Environment.GetEnvironmentVariable("REPORTGEN_WARMUP") != "0")
        {
            foreach (var renderer in chosen.OfType<IWarmUp>().Where(r => Warmed.TryAdd(r, true)))
            {
                // A thread of its own, not the pool's: on two cores the pool's threads are the pack reader's.
                _ = Task.Factory.StartNew(renderer.WarmUp, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }

        Release release;
        TieOutReport report;
        try
        {
            progress?.Report($"Checking {request.Dataset} against {request.Templates}");
            release = request.Pack is { } pack
                ? ReleasePipeline.Prepare(request.Dataset, pack, request.Options)
                : ReleasePipeline.Prepare(request.Dataset, request.Templates, request.Options);
            var undrawable = chosen
                .SelectMany(r => r is IGlyphCoverage coverage ? GlyphCheck.Run(release.Plan, release.DocumentSet, coverage, r.Format) : [])
                .ToList();
            if (undrawable.Count > 0)
            {
                return new JobResult(ExitCodes.InvalidInput, null, [], undrawable);
            }

            report = release.TieOut(request.Published);
        }
        catch (ReportGenException exception)
        {
            return new JobResult(ExitCodes.InvalidInput, null, [], exception.Diagnostics);
        }
        catch (Exception exception) when (exception is OverflowException or DivideByZeroException)
        {
            // Values are range-checked as they are read; a figure derived from them can still outgrow a decimal.
            return new JobResult(ExitCodes.InvalidInput, null, [], [Messages.TooLarge(new SourceLocation(request.Dataset), "a figure computed from the dataset's values is too large to hold: look for a value near zero that others are divided by (a share count, a total that shares are of, a change's base)")]);
        }

        var folder = request.Out;
        try
        {
            folder = request.JobFolder?.Invoke(release.DocumentSet.Job) ?? request.Out;
        }
        catch (ReportGenException exception)
        {
            return new JobResult(ExitCodes.InvalidInput, report, [], exception.Diagnostics);
        }

        try
        {
            var (markdown, json) = TieOutWriter.FileNames(report.Job, failed: !report.Passed);
            var tieOut = new List<OutputFile>
            {
                new(markdown, Encoding.UTF8.GetBytes(TieOutWriter.Markdown(report))),
                new(json, TieOutWriter.Json(report)),
            };
            var tieOutPaths = tieOut.Select(f => Path.Combine(folder, f.Name)).ToList();
            if (request.RenderRelease && !report.Passed)
            {
                // A failed build writes its tie-out under its own name beside the release set, which stays as it was.
                progress?.Report($"Writing the tie-out of the failure into {folder}");
                AtomicOutput.WriteBeside(folder, tieOut);
                return new JobResult(ExitCodes.TieOutFailed, report, [], report.Failures) { TieOutFiles = tieOutPaths, Folder = folder };
            }

            // Every file is rendered in full before any is written: a renderer's failure is not taken for a full disk.
            var files = new List<OutputFile>();
            if (request.RenderRelease)
            {
                files.AddRange(Rendered(chosen, release.DocumentSet, progress));

                // What this build printed, for the next quarter's check of its comparatives and for comparing drafts.
                var job = release.DocumentSet.Job;
                files.Add(new OutputFile($"{job}-published.tsv", Encoding.UTF8.GetBytes(PublishedFiguresWriter.Write(release.DocumentSet))));
                files.Add(new OutputFile($"{job}-figures.json", FiguresFile.Write(release.DocumentSet)));
            }

            files.AddRange(tieOut);
            progress?.Report($"Writing {files.Count} files into {folder}");
            var written = AtomicOutput.WriteAll(folder, files);
            if (request.RenderRelease)
            {
                var (failedMarkdown, failedJson) = TieOutWriter.FileNames(report.Job, failed: true);
                AtomicOutput.RemoveBeside(folder, [failedMarkdown, failedJson]);
            }

            return new JobResult(report.Passed ? ExitCodes.Success : ExitCodes.TieOutFailed, report, written, report.Failures) { TieOutFiles = tieOutPaths, Folder = folder };
        }
        catch (ReportGenException exception)
        {
            return new JobResult(ExitCodes.InvalidInput, report, [], exception.Diagnostics);
        }
    }

    /// <summary>
    /// Renders every file of the formats into memory, several at once (the workbooks and PDFs do not depend on each other,
    /// and a cold process compiles the Excel and the PDF code on two cores at once), keeping the formats' order. A
    /// renderer's failure becomes a diagnostic that names the file and block; the first in that order is reported.
    /// </summary>
    private static List<OutputFile> Rendered(IEnumerable<IRenderer> renderers, DocumentSet documents, IProgress<string>? progress)
    {
        var work = renderers.SelectMany(r => r.Files(documents).Select(f => (Renderer: r, File: f))).ToList();
        var contents = new byte[work.Count][];
        var failures = new Exception?[work.Count];
        Parallel.For(0, work.Count, i =>
        {
            var culture = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            try
            {
                progress?.Report($"Rendering {work[i].File.Name}");
                using var buffer = new MemoryStream();
                work[i].File.Write(buffer);
                contents[i] = buffer.ToArray();
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures[i] = exception;
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
            }
        });

        var failed = Array.FindIndex(failures, f => f is not null);
        if (failed >= 0)
        {
            var (renderer, file) = work[failed];
            if (failures[failed] is ReportGenException reported)
            {
                throw reported;
            }

            throw new ReportGenException(failures[failed] is RenderException exception
                ? Messages.RendererFailed(renderer.Format, $"{file.Name}, {exception.Where}", exception.InnerException?.Message ?? exception.Message)
                : Messages.RendererFailed(renderer.Format, file.Name, failures[failed]!.Message));
        }

        return [.. work.Select((w, i) => new OutputFile(w.File.Name, contents[i]))];
    }
}
