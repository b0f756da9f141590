namespace ReportGen.Batch;

/// <summary>One job of a batch, with every path resolved.</summary>
/// <param name="Id">Stable and unique in the batch: its dataset's path below the batch folder, or its output name.</param>
/// <param name="Dataset">The dataset, as a path the reader knows (relative to the working directory where it can be).</param>
/// <param name="Output">The job's folder name when the manifest names it; otherwise the pack's job name (<c>iij-2q03</c>).</param>
internal sealed record BatchJob(string Id, string Dataset, string Pack, string? Published, IReadOnlyList<string> Formats, string? Output);
