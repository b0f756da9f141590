namespace ReportGen.Documents;

/// <summary>What a figure in text is.</summary>
public enum FigureKind
{
    /// <summary>An amount at a scale, in a currency or a unit.</summary>
    Amount,

    /// <summary>An amount translated at the convenience rate.</summary>
    Convenience,

    /// <summary>A change between two periods, in percent.</summary>
    Change,

    /// <summary>A share of a total, in percent.</summary>
    Share,

    /// <summary>A ratio the pack derives for text (a gross margin), in percent.</summary>
    Ratio,
}

/// <summary>
/// Where a figure in text comes from: its item, period (and base period of a change), the number printed, and the table
/// cell that prints the same figure (table, row and column indexes), or none where no table prints it.
/// </summary>
/// <param name="Value">The figure as printed in text, at the text's scale: 9185 for JPY 9,185 million, 10.1 for 10.1%.</param>
/// <param name="Cell">The cell's text in the table (<c>9,185</c>, <c>10.1%</c>), where a table prints it.</param>
/// <param name="Where">The cell as a reader finds it: <c>Table 1. Revenues › Total revenues › 2Q03</c>, or how it is computed.</param>
public sealed record FigureSource(
    string Item,
    string Period,
    string? BasePeriod,
    FigureKind Kind,
    decimal Value,
    string? Table,
    int? Row,
    int? Column,
    string? Cell,
    string Where);
