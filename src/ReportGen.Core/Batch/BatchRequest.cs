using ReportGen.Pipeline;

namespace ReportGen.Batch;

/// <summary>What a batch is asked to do: which jobs, where their folders go, how many at once.</summary>
/// <param name="Source">A folder (every <c>dataset.json</c> below it is a job) or a batch manifest (YAML: a list of jobs).</param>
/// <param name="Out">The batch's folder: a folder per job, <c>manifest.json</c> and <c>SHA256SUMS</c>.</param>
/// <param name="Templates">The pack of every job that a manifest gives none (--templates); null to let each dataset name its own.</param>
/// <param name="DefaultTemplates">The pack of a job that nothing names one for.</param>
/// <param name="Formats">The formats of every job that names none; <c>xlsx,pdf</c> when null.</param>
/// <param name="Parallel">Jobs run at once; at least 1.</param>
/// <param name="Zip">Also bundle each job's files and its manifest entry into <c>DIR/JOB.zip</c>.</param>
/// <param name="Shard">This process's share of the jobs; all of them when null.</param>
public sealed record BatchRequest(string Source, string Out, string? Templates, string DefaultTemplates, IReadOnlyList<string>? Formats, int Parallel, bool Zip, BatchShard? Shard, BuildOptions Options);
