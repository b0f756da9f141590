using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Pipeline;
using ReportGen.Rendering;
using ReportGen.TieOut;

namespace ReportGen.Batch;

/// <summary>
/// Many releases in one process: every job of a folder or a batch manifest, several at once, each through
/// <see cref="ReleaseJob.Run"/> into its own folder (written as one set), so that a bad dataset fails only its own job.
/// Each finished job leaves a record, so a run killed at any moment and run again builds only what is not done: a job
/// whose inputs, pack, options and tool are those recorded and whose files are intact is skipped. The manifest and
/// <c>SHA256SUMS</c> are written last, each atomically; while jobs are being rebuilt there is none, so a manifest that is
/// there always describes the files beside it.
/// </summary>
public static class BatchRun
{
    public const string ManifestName = "manifest";
    public const string ChecksumsName = "SHA256SUMS";

    private static readonly string[] DefaultFormats = ["xlsx", "pdf"];

    public static BatchResult Run(BatchRequest request, RendererRegistry renderers, IProgress<BatchEvent>? progress = null)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(request, renderers, progress);
        }
        catch (ReportGenException exception)
        {
            return new BatchResult([], exception.Diagnostics, null, null);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>The file names of a batch's (or a shard's) manifest and checksums: <c>manifest.json</c>, <c>SHA256SUMS</c>; <c>manifest-0-of-4.json</c>, <c>SHA256SUMS-0-of-4</c>.</summary>
    public static (string Manifest, string Checksums) FileNames(BatchShard? shard) =>
        ($"{ManifestName}{shard?.Suffix}.json", $"{ChecksumsName}{shard?.Suffix}");

    private static BatchResult RunInvariant(BatchRequest request, RendererRegistry renderers, IProgress<BatchEvent>? progress)
    {
        var formats = request.Formats ?? DefaultFormats;
        var unknown = formats.Where(f => renderers.Find(f) is null).ToList();
        if (unknown.Count > 0)
        {
            return new BatchResult([], [Messages.UnknownFormat(unknown, renderers.Formats)], null, null);
        }

        var all = JobList.Read(request, formats);
        var badFormats = all.SelectMany(j => j.Formats).Where(f => renderers.Find(f) is null).Distinct().ToList();
        if (badFormats.Count > 0)
        {
            return new BatchResult([], [Messages.UnknownFormat(badFormats, renderers.Formats)], null, null);
        }

        var jobs = request.Shard is { } shard ? all.Where((_, i) => shard.Takes(i)).ToList() : all;
        var (manifestName, checksumsName) = FileNames(request.Shard);
        using var folder = BatchFolder.Open(request.Out, request.Shard?.Suffix ?? "");
        var manifestPath = Path.Combine(folder.Root, manifestName);
        var checksumsPath = Path.Combine(folder.Root, checksumsName);
        var context = new BatchContext(request, folder, renderers);

        // First what is done already: those jobs keep their folders, and the manifest goes while the others are rebuilt.
        var plans = new JobPlan[jobs.Count];
        Parallel.For(0, jobs.Count, Options(request), i => plans[i] = context.Plan(jobs[i]));
        foreach (var plan in plans.Where(p => p.Skip is not null))
        {
            context.Claim(plan.Job, plan.Skip!.Folder!);
        }

        if (plans.Any(p => p.Skip is null))
        {
            BatchFolder.Remove(checksumsPath);
            BatchFolder.Remove(manifestPath);
        }

        var outcomes = new BatchJobOutcome[jobs.Count];
        var records = new JobRecord[jobs.Count];
        Parallel.For(0, jobs.Count, Options(request), i =>
        {
            (records[i], outcomes[i]) = context.Run(plans[i], progress);
            progress?.Report(new BatchEvent(jobs[i].Id, "finished", outcomes[i]) { Of = jobs.Count });
        });

        var manifest = BatchManifest.Of(records, ToolVersion.Text, request.Shard?.ToString(), Created(request.Options));
        var manifestBytes = BatchJson.Write(manifest);
        folder.WriteAtomically(manifestPath, manifestBytes);
        folder.WriteAtomically(checksumsPath, Checksums(manifest.Jobs, (manifestName, manifestBytes)));
        return new BatchResult(outcomes, [], Path.Combine(request.Out, manifestName), Path.Combine(request.Out, checksumsName));
    }

    /// <summary><c>sha256sum -c</c>'s format: every file of every job, its zip, and the manifest, by path, run from the batch folder.</summary>
    internal static byte[] Checksums(IReadOnlyList<JobRecord> jobs, (string Name, byte[] Content) manifest)
    {
        var lines = jobs.SelectMany(j => j.Zip is null ? j.Files : [.. j.Files, j.Zip])
            .Select(f => (f.Path, f.Sha256))
            .Append((Path: manifest.Name, Sha256: Fingerprints.Of(manifest.Content)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Sha256}  {f.Path}\n");
        return Encoding.UTF8.GetBytes(string.Concat(lines));
    }

    internal static long? Created(BuildOptions options) => options.Created?.ToUnixTimeSeconds();

    /// <summary>A path as the manifest records it: relative to the manifest's folder, so that it does not depend on where the batch was started.</summary>
    internal static string Relative(string root, string path) =>
        path.Length == 0 ? path : Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');

    private static ParallelOptions Options(BatchRequest request) => new() { MaxDegreeOfParallelism = Math.Max(1, request.Parallel) };

    /// <summary>A job with its inputs fingerprinted, and the record of the last run when that run's files can be kept.</summary>
    internal sealed record JobPlan(BatchJob Job, IReadOnlyList<InputEntry> Inputs, string? PackSha256, JobRecord? Skip);

    /// <summary>What the jobs of one run share: the request, the folder, each pack read once, the job folders claimed so far.</summary>
    private sealed class BatchContext(BatchRequest request, BatchFolder folder, RendererRegistry renderers)
    {
        private readonly ConcurrentDictionary<string, Lazy<(Binding.PackPlan? Plan, IReadOnlyList<Diagnostic> Problems)>> packs = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<string?>> packPrints = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> claims = new(StringComparer.OrdinalIgnoreCase);
        private readonly Lock gate = new();

        public JobPlan Plan(BatchJob job)
        {
            var inputs = Inputs(job, folder.Root);
            var packSha = packPrints.GetOrAdd(job.Pack, p => new Lazy<string?>(() => Directory.Exists(p) ? Fingerprints.OfFolder(p) : null)).Value;
            var record = folder.Record(job.Id);
            var keep = record is not null && record.Status == BatchJson.Status(BatchStatus.Ok) && record.Folder is not null
                && record.Tool == ToolVersion.Text
                && record.Pack?.Sha256 == packSha && packSha is not null
                && record.Formats.SequenceEqual(job.Formats)
                && record.Created == Created(request.Options)
                && (job.Output is null || job.Output == record.Folder)
                && Same(record.Inputs, inputs)
                && (record.Zip is not null) == request.Zip
                && record.Files.Count > 0
                && !Output.OutputState.HasStale(Path.Combine(folder.Root, record.Folder))
                && record.Files.All(f => FileHashes.Intact(folder.Root, f))
                && (record.Zip is null || FileHashes.Intact(folder.Root, record.Zip));
            return new JobPlan(job, inputs, packSha, keep ? record! with { Inputs = inputs, Pack = record.Pack! with { Path = Relative(folder.Root, job.Pack) } } : null);
        }

        /// <summary>Takes a job folder for a job; another job of this batch having it already is that job's error.</summary>
        public string Claim(BatchJob job, string name)
        {
            if (JobList.IsReserved(name))
            {
                throw new ReportGenException(Messages.BatchFolder(Path.Combine(request.Out, name), $"'{name}' cannot be a job's folder: it is or could be one of the batch's own files"));
            }

            lock (gate)
            {
                if (claims.TryGetValue(name, out var other) && other != job.Id)
                {
                    throw new ReportGenException(Messages.DuplicateJob(new SourceLocation(job.Dataset), name, other));
                }

                claims[name] = job.Id;
            }

            return Path.Combine(folder.Root, name);
        }

        public (JobRecord Record, BatchJobOutcome Outcome) Run(JobPlan plan, IProgress<BatchEvent>? progress)
        {
            var job = plan.Job;
            var stopwatch = Stopwatch.StartNew();
            if (plan.Skip is { } kept)
            {
                folder.Save(kept);
                return (kept, new BatchJobOutcome(job.Id, kept.Folder, BatchStatus.Ok, ExitCodes.Success, kept.FileCount, true, stopwatch.Elapsed, []));
            }

            progress?.Report(new BatchEvent(job.Id, "starting"));
            JobResult result;
            var pack = packs.GetOrAdd(job.Pack, p => new Lazy<(Binding.PackPlan?, IReadOnlyList<Diagnostic>)>(() => LoadPack(p))).Value;
            if (pack.Plan is null)
            {
                result = new JobResult(ExitCodes.InvalidInput, null, [], pack.Problems);
            }
            else
            {
                var jobRequest = new JobRequest(job.Dataset, job.Pack, request.Out, job.Published, job.Formats, request.Options)
                {
                    Pack = pack.Plan,
                    JobFolder = name => Claim(job, job.Output ?? name),
                };
                try
                {
                    result = ReleaseJob.Run(jobRequest, renderers, new Stages(job.Id, progress));
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // ReleaseJob returns every problem of its input; an exception is a bug, and it stays this job's.
                    result = new JobResult(ExitCodes.InvalidInput, null, [], [Messages.JobCrashed(job.Dataset, $"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}")]);
                }
            }

            var record = Record(plan, pack.Plan, result);
            if (request.Zip && record.Status == BatchJson.Status(BatchStatus.Ok))
            {
                var zipPath = Path.Combine(folder.Root, record.Folder + ".zip");
                folder.WriteAtomically(zipPath, stream => JobZip.Write(stream, folder.Root, record));
                record = record with { Zip = FileHashes.Entry(folder.Root, zipPath) };
            }

            folder.Save(record);
            var status = StatusOf(record.ExitCode);
            return (record, new BatchJobOutcome(job.Id, record.Folder, status, record.ExitCode, record.FileCount, false, stopwatch.Elapsed, result.Diagnostics));
        }

        private JobRecord Record(JobPlan plan, Binding.PackPlan? pack, JobResult result)
        {
            var written = result.Written.Concat(result.TieOutFiles).Distinct(StringComparer.Ordinal)
                .Select(p => FileHashes.Entry(folder.Root, Path.GetFullPath(p)))
                .OfType<FileEntry>()
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            var folderName = result.Folder is { } f && result.Report is not null ? Path.GetFileName(Path.TrimEndingDirectorySeparator(f)) : null;
            var exit = result.ExitCode == ExitCodes.Usage ? ExitCodes.InvalidInput : result.ExitCode;
            return new JobRecord(
                plan.Job.Id,
                folderName,
                BatchJson.Status(StatusOf(exit)),
                exit,
                ToolVersion.Text,
                new PackEntry(pack?.Name, pack?.Version, Relative(folder.Root, plan.Job.Pack), plan.PackSha256 ?? ""),
                plan.Inputs,
                plan.Job.Formats,
                Created(request.Options),
                result.Report is { } report ? Summary(report) : null,
                [.. result.Diagnostics.Select(d => new DiagnosticEntry(d.Code, d.Location?.ToString(), d.Message))],
                written,
                null);
        }

        private static BatchStatus StatusOf(int exit) => exit switch
        {
            ExitCodes.Success => BatchStatus.Ok,
            ExitCodes.TieOutFailed => BatchStatus.TieOutFailed,
            _ => BatchStatus.InvalidInput,
        };

        private static TieOutEntry Summary(TieOutReport report) => new(
            report.Passed,
            report.Checks.Count(c => c.Kind == Evaluation.CheckKind.Relation),
            report.Checks.Count(c => c.Kind == Evaluation.CheckKind.Tie),
            report.Checks.Count(c => !c.Passed),
            report.Footing.Count(f => f.Residual is null),
            report.Footing.Count(f => f.Residual is not null),
            report.Pins.Count,
            report.Compared,
            report.Differences.Count,
            report.Failures.Count);

        private static (Binding.PackPlan?, IReadOnlyList<Diagnostic>) LoadPack(string path)
        {
            try
            {
                return (ReleasePipeline.LoadPack(path), []);
            }
            catch (ReportGenException exception)
            {
                return (null, exception.Diagnostics);
            }
        }

        /// <summary>The job's inputs by SHA-256: the dataset, the quarter's prose beside it, the published figures.</summary>
        private static List<InputEntry> Inputs(BatchJob job, string root)
        {
            var inputs = new List<InputEntry>();
            void Add(string role, string path)
            {
                try
                {
                    inputs.Add(new InputEntry(role, Relative(root, path), Fingerprints.OfFile(path)));
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    // Not there or not readable: the job reports it where it reads the file.
                    inputs.Add(new InputEntry(role, Relative(root, path), ""));
                }
            }

            Add("dataset", job.Dataset);
            foreach (var prose in ProseReader.PathsBeside(job.Dataset))
            {
                Add("prose", prose);
            }

            if (job.Published is not null)
            {
                Add("published", job.Published);
            }

            return inputs;
        }

        private static bool Same(IReadOnlyList<InputEntry> recorded, IReadOnlyList<InputEntry> now) =>
            recorded.Select(i => (i.Role, i.Sha256)).SequenceEqual(now.Select(i => (i.Role, i.Sha256)))
            && now.All(i => i.Sha256.Length > 0);
    }

    /// <summary>A job's stages, told to the batch's progress as they start.</summary>
    private sealed class Stages(string id, IProgress<BatchEvent>? progress) : IProgress<string>
    {
        public void Report(string value) => progress?.Report(new BatchEvent(id, value));
    }
}
