using ReportGen.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Batch;

/// <summary>What a batch did: every job's outcome in the order of their ids, the files that record it, and the exit code.</summary>
/// <param name="Diagnostics">Problems of the batch itself (its manifest, its folder), which stop it before any job runs.</param>
/// <param name="Manifest">The manifest written (<c>DIR/manifest.json</c>); null when the batch could not start.</param>
/// <param name="Checksums">The <c>SHA256SUMS</c> file written beside it.</param>
public sealed record BatchResult(IReadOnlyList<BatchJobOutcome> Jobs, IReadOnlyList<Diagnostic> Diagnostics, string? Manifest, string? Checksums)
{
    public int Succeeded => Jobs.Count(j => j.Status == BatchStatus.Ok);

    public int TieOutFailed => Jobs.Count(j => j.Status == BatchStatus.TieOutFailed);

    public int InvalidInput => Jobs.Count(j => j.Status == BatchStatus.InvalidInput);

    public int Skipped => Jobs.Count(j => j.Skipped);

    /// <summary>0 when every job succeeded; 1 when the batch or any job's input was bad; otherwise 2 when any tie-out failed.</summary>
    public int ExitCode =>
        Diagnostics.Count > 0 || InvalidInput > 0 ? ExitCodes.InvalidInput
        : TieOutFailed > 0 ? ExitCodes.TieOutFailed
        : ExitCodes.Success;

    /// <summary>The counts in one line: <c>20 jobs: 19 ok (3 unchanged, skipped), 0 tie-out failed, 1 invalid input</c>.</summary>
    public string Counts =>
        $"{Jobs.Count} job{(Jobs.Count == 1 ? "" : "s")}: {Succeeded} ok ({Skipped} unchanged, skipped), {TieOutFailed} tie-out failed, {InvalidInput} invalid input";
}
