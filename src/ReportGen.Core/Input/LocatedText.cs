using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>A text of an input that a document may print, and where it is written.</summary>
internal sealed record LocatedText(string Text, SourceLocation Location);
