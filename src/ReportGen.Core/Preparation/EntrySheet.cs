namespace ReportGen.Preparation;

/// <summary>A sheet of an entry workbook: its cells, column widths (in characters), frozen panes, and whether it is protected.</summary>
/// <param name="Protected">Protected without a password: only input cells can be typed in.</param>
public sealed record EntrySheet(string Name, IReadOnlyList<EntryCell> Cells, IReadOnlyList<double> Widths, int FrozenRows, int FrozenColumns, bool Protected);
