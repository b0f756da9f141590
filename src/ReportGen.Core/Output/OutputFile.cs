namespace ReportGen.Output;

/// <summary>A file a run produces: its name in the output folder and how to write its bytes.</summary>
public sealed record OutputFile(string Name, Action<Stream> Write);
