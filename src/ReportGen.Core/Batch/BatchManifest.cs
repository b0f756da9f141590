namespace ReportGen.Batch;

/// <summary>
/// What a batch distributed: <c>manifest.json</c>. Jobs in the order of their ids; no wall-clock time (only
/// SOURCE_DATE_EPOCH, when the documents were dated by it), so the same batch gives the same bytes.
/// </summary>
/// <param name="Format">The manifest's own format and version: <c>reportgen-batch-manifest/1</c>.</param>
/// <param name="Shard">This manifest's share of the batch (<c>0/4</c>); null for a whole batch or a merged one.</param>
internal sealed record BatchManifest(string Format, string Tool, string? Shard, long? Created, ManifestCounts Counts, IReadOnlyList<JobRecord> Jobs)
{
    public const string FormatName = "reportgen-batch-manifest/1";

    public static BatchManifest Of(IReadOnlyList<JobRecord> jobs, string tool, string? shard, long? created) =>
        new(FormatName, tool, shard, created, ManifestCounts.Of(jobs), [.. jobs.OrderBy(j => j.Id, StringComparer.Ordinal)]);
}

internal sealed record ManifestCounts(int Jobs, int Ok, int TieOutFailed, int InvalidInput, int Files)
{
    public static ManifestCounts Of(IReadOnlyList<JobRecord> jobs) => new(
        jobs.Count,
        jobs.Count(j => j.Status == BatchJson.Status(BatchStatus.Ok)),
        jobs.Count(j => j.Status == BatchJson.Status(BatchStatus.TieOutFailed)),
        jobs.Count(j => j.Status == BatchJson.Status(BatchStatus.InvalidInput)),
        jobs.Sum(j => j.FileCount));
}
