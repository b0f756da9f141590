using ReportGen.Diagnostics;
using ReportGen.TieOut;

namespace ReportGen.Pipeline;

/// <summary>What a run did: its exit code, the tie-out (when the inputs could be read), the files written, the problems found.</summary>
/// <param name="Written">The release's files written, the tie-out's included; none when the build failed.</param>
public sealed record JobResult(int ExitCode, TieOutReport? Report, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where the tie-out was written, also when the build failed (then named <c>…-tieout-failed</c>).</summary>
    public IReadOnlyList<string> TieOutFiles { get; init; } = [];

    /// <summary>The folder the job wrote into (or would have): <see cref="JobRequest.Out"/>, or a batch's job folder once the job's name was known.</summary>
    public string? Folder { get; init; }
}
