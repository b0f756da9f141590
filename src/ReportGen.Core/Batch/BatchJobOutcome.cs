using ReportGen.Diagnostics;

namespace ReportGen.Batch;

/// <summary>One job of a batch, as it ended.</summary>
/// <param name="Id">The job's id: its dataset's path below the batch folder, or its output name in a manifest.</param>
/// <param name="Folder">The job's folder in the batch folder (<c>iij-2q03</c>); null when the job failed before its name was known.</param>
/// <param name="Files">How many files the job's manifest entry lists.</param>
/// <param name="Skipped">Its inputs, pack and tool were those of the last run and its files were intact, so it was not built again.</param>
public sealed record BatchJobOutcome(string Id, string? Folder, BatchStatus Status, int ExitCode, int Files, bool Skipped, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics);
