using ReportGen.Documents;

namespace ReportGen.Preparation;

/// <summary>
/// A cell of an entry workbook, 1-based. It holds a text, a number or a date, or a <see cref="Formula"/> (whose
/// <see cref="CellFormula"/> references are cells of the same sheet, a blank or <c>-</c> counting as zero) with the value it
/// computes to as <see cref="Number"/>, or <see cref="Text"/> where it is blank.
/// </summary>
/// <param name="Decimals">Decimal places a number shows.</param>
/// <param name="OnlyWhereNumber">For a check: the cell shows its formula only where this cell holds a number, else nothing.</param>
public sealed record EntryCell(
    int Row,
    int Column,
    EntryCellKind Kind,
    string? Text = null,
    decimal? Number = null,
    DateOnly? Date = null,
    Formula? Formula = null,
    EntryInput Input = EntryInput.Text,
    int Decimals = 0,
    IReadOnlyList<string>? Choices = null,
    CellFormula? OnlyWhereNumber = null);
