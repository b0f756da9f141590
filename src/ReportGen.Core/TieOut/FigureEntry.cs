using ReportGen.Binding;

namespace ReportGen.TieOut;

/// <summary>One printed figure: where it stands (document, table, row, column) and what it shows.</summary>
/// <param name="Occurrence">Which printing of the item in the table, from 0, where a table prints an item twice.</param>
/// <param name="Column">The column's header as printed, under its group heading where it has one.</param>
/// <param name="Text">The figure as a reader sees it: <c>(8.7%)</c>, <c>3,236</c>, <c>-</c>, or empty.</param>
/// <param name="Note">Why it is not its plain rounding: <c>footing: …</c> or <c>pinned: …</c>; null otherwise.</param>
internal sealed record FigureEntry(
    string Language,
    string Document,
    string Table,
    string TableTitle,
    string Item,
    int Occurrence,
    string Label,
    ColumnKind Kind,
    string Period,
    string? BasePeriod,
    string Column,
    string Text,
    decimal? Value,
    string? Note);
