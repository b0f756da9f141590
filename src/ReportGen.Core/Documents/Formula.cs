namespace ReportGen.Documents;

/// <summary>
/// A derived cell's formula, in terms a renderer can translate: the core never writes Excel syntax. The Excel renderer turns
/// it into a live formula (<c>=ROUND('Data'!D12/1000,0)</c>); other renderers may ignore it and print the display text.
/// </summary>
public abstract record Formula;

/// <summary>A number.</summary>
public sealed record ConstantFormula(decimal Value) : Formula;

/// <summary>A fact or derived item's exact value in its own unit, as the data sheet holds it.</summary>
public sealed record DataFormula(string Item, string Period) : Formula;

/// <summary>Another cell of the same table, by row and column index.</summary>
public sealed record CellFormula(int Row, int Column) : Formula;

/// <summary>The convenience-translation rate (yen per dollar).</summary>
public sealed record RateFormula : Formula;

/// <summary>Left op right, with op one of + - * /.</summary>
public sealed record BinaryFormula(char Operator, Formula Left, Formula Right) : Formula;

/// <summary>Half away from zero to <paramref name="Digits"/> decimals (Excel's ROUND).</summary>
public sealed record RoundFormula(Formula Value, int Digits) : Formula;

/// <summary>Blank where <paramref name="Test"/> is zero or empty, else <paramref name="Value"/>: a change on a zero base.</summary>
public sealed record BlankIfZeroFormula(Formula Test, Formula Value) : Formula;
