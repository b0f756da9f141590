namespace ReportGen.Documents;

/// <summary>
/// One figure as printed. <see cref="Display"/> is the exact text a reader sees (<c>(829,760)</c>, <c>(8.7%)</c>, <c>-</c>);
/// <see cref="Value"/> is the number behind it (null where absent), equal to the formula's result.
/// </summary>
public sealed record CellModel(decimal? Value, string Display, NumberStyle Style, Formula? Formula, CellNote? Note = null);

/// <summary>Why a printed figure is not its plain rounding: a forced-footing step, or a pin.</summary>
public sealed record CellNote(CellNoteKind Kind, string Text);

public enum CellNoteKind
{
    Footing,
    Pin,
}
