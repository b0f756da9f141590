using System.Globalization;
using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>Writes a core <see cref="Formula"/> in Excel's A1 syntax.</summary>
internal sealed class ExcelFormula
{
    private readonly Func<string, string, string> dataCell;
    private readonly Func<int, int, string> tableCell;
    private readonly string rateCell;

    /// <param name="dataCell">(item, period) to an absolute reference on the data sheet.</param>
    /// <param name="tableCell">(row, column) of the current table to its A1 address.</param>
    /// <param name="rateCell">The absolute reference of the convenience rate.</param>
    public ExcelFormula(Func<string, string, string> dataCell, Func<int, int, string> tableCell, string rateCell)
    {
        this.dataCell = dataCell;
        this.tableCell = tableCell;
        this.rateCell = rateCell;
    }

    public string Write(Formula formula) => formula switch
    {
        ConstantFormula c => c.Value.ToString(CultureInfo.InvariantCulture),
        DataFormula d => dataCell(d.Item, d.Period),
        CellFormula c => tableCell(c.Row, c.Column),
        RateFormula => rateCell,
        BinaryFormula b => $"{Operand(b.Left)}{b.Operator}{Operand(b.Right)}",
        RoundFormula r => $"ROUND({Write(r.Value)},{r.Digits.ToString(CultureInfo.InvariantCulture)})",
        BlankIfZeroFormula z => $"IF(N({Write(z.Test)})=0,\"\",{Write(z.Value)})",
        _ => throw new ArgumentOutOfRangeException(nameof(formula), formula, "Unknown formula node."),
    };

    private string Operand(Formula formula) => formula is BinaryFormula ? $"({Write(formula)})" : Write(formula);

    /// <summary>
    /// A percentage formula as a fraction, for a cell in a percent format: <c>ROUND(x*100,1)</c> becomes <c>ROUND(x,3)</c>, a
    /// footing step <c>ROUND(ROUND(x*100,1)+0.1,1)</c> becomes <c>ROUND(ROUND(x,3)+0.001,3)</c>; anything else is divided by 100.
    /// </summary>
    public static Formula Fraction(Formula formula) => formula switch
    {
        RoundFormula { Value: BinaryFormula { Operator: '*', Right: ConstantFormula { Value: 100m } } scaled } round =>
            new RoundFormula(scaled.Left, round.Digits + 2),
        RoundFormula { Value: BinaryFormula { Operator: '+' or '-', Right: ConstantFormula step } moved } round =>
            new RoundFormula(new BinaryFormula(moved.Operator, Fraction(moved.Left), new ConstantFormula(step.Value / 100m)), round.Digits + 2),
        BlankIfZeroFormula blank => blank with { Value = Fraction(blank.Value) },
        _ => new BinaryFormula('/', formula, new ConstantFormula(100m)),
    };
}
