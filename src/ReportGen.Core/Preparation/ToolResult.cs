using ReportGen.Diagnostics;

namespace ReportGen.Preparation;

/// <summary>What one of the preparer's commands did: its exit code, the files it wrote, what it tells a person, the problems found.</summary>
/// <param name="Summary">Lines for the terminal: what was written and what is left to do.</param>
public sealed record ToolResult(int ExitCode, IReadOnlyList<string> Written, IReadOnlyList<string> Summary, IReadOnlyList<Diagnostic> Diagnostics);
