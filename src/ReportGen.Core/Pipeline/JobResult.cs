using ReportGen.Diagnostics;
using ReportGen.TieOut;

namespace ReportGen.Pipeline;

/// <summary>What a run did: its exit code, the tie-out (when the inputs could be read), the files written, the problems found.</summary>
public sealed record JobResult(int ExitCode, TieOutReport? Report, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics);
