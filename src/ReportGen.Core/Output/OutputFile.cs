namespace ReportGen.Output;

/// <summary>A file of a run, rendered in full: its name in the output folder and its bytes.</summary>
internal sealed record OutputFile(string Name, byte[] Content);
