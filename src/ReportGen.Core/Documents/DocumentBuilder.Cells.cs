using ReportGen.Binding;
using ReportGen.Evaluation;

namespace ReportGen.Documents;

internal sealed partial class DocumentBuilder
{
    private int PercentDecimals => Pack.Footing.PercentDecimals;

    /// <summary>How a row's amounts print in a table: in a rounded measure (footed), or natively in the item's own unit.</summary>
    private sealed record AmountSpec(Measure? Measure, decimal Factor, int Decimals);

    private AmountSpec SpecOf(TablePlan table, ItemRow row, string item)
    {
        var unit = Values.UnitOf(item);
        if (row.Native || !unit.IsMoney || table.Amounts is not { } scale)
        {
            return new AmountSpec(null, 1m, row.Decimals ?? table.Decimals ?? 0);
        }

        return new AmountSpec(Measure.Amount(unit.Currency!, scale), unit.Factor / scale.Factor(), row.Decimals ?? 0);
    }

    private CellModel BuildCell(TablePlan table, List<RowPlan> rows, int rowIndex, List<ColumnModel> columns, int columnIndex, NumberConvention numbers)
    {
        var column = columns[columnIndex];
        var row = (ItemRow)rows[rowIndex];
        var cells = new CellFactory(numbers, table.Absent);
        return column.Kind switch
        {
            ColumnKind.Value => ValueCell(table, row, column.Period, cells),
            ColumnKind.Convenience => ConvenienceCell(table, row, rowIndex, column.Period, columns, cells),
            ColumnKind.Share => ShareCell(table, rows, rowIndex, column.Period, columns, cells),
            _ => ChangeCell(table, row, rowIndex, column, columns, cells),
        };
    }

    private CellModel ValueCell(TablePlan table, ItemRow row, string period, CellFactory cells)
    {
        var item = row.Item;
        var spec = SpecOf(table, row, item);
        var style = NumberStyle.Amount(spec.Decimals);
        var own = Values.GetInOwnUnit(item, period);
        if (own is null)
        {
            return cells.Absent(style);
        }

        var data = new DataFormula(item, period);
        if (spec.Measure is null)
        {
            var value = Rounding.HalfUp(own.Value, spec.Decimals);
            return cells.Figure(value, style, value == own ? data : new RoundFormula(data, spec.Decimals), null);
        }

        var figure = figures.Get(spec.Measure, item, period)!;
        Formula scaled = spec.Factor == 1m ? data : new RoundFormula(Scale(data, spec.Factor), 0);
        return cells.Printed(figure, style, scaled);
    }

    private CellModel ConvenienceCell(TablePlan table, ItemRow row, int rowIndex, string period, List<ColumnModel> columns, CellFactory cells)
    {
        var style = NumberStyle.Amount(0);
        var scale = table.Amounts!.Value;
        var figure = figures.Get(Measure.Convenience(Plan.Convenience!.Currency, scale), row.Item, period);
        if (figure is null)
        {
            return cells.Absent(style);
        }

        // Refer to the row's amount cell where the table shows it exactly, else to the data sheet.
        var (amount, factor) = ExactRef(table, row, rowIndex, row.Item, period, columns);
        var translated = new RoundFormula(new BinaryFormula('/', Scale(amount, factor / scale.Factor()), new RateFormula()), 0);
        return cells.Printed(figure, style, translated);
    }

    private CellModel ShareCell(TablePlan table, List<RowPlan> rows, int rowIndex, string period, List<ColumnModel> columns, CellFactory cells)
    {
        var row = (ItemRow)rows[rowIndex];
        var style = NumberStyle.Percentage(PercentDecimals, table.PercentSign || row.PercentSign);
        var figure = figures.Get(Measure.ShareOf(table.ShareOf!), row.Item, period);
        if (figure is null)
        {
            return cells.Absent(style);
        }

        var (part, _) = ExactRef(table, row, rowIndex, row.Item, period, columns);
        var baseIndex = rows.FindIndex(r => r is ItemRow i && i.Item == table.ShareOf);
        var (whole, _) = baseIndex >= 0
            ? ExactRef(table, (ItemRow)rows[baseIndex], baseIndex, table.ShareOf!, period, columns)
            : (new DataFormula(table.ShareOf!, period), 1m);
        var share = new RoundFormula(new BinaryFormula('*', new BinaryFormula('/', part, whole), new ConstantFormula(100m)), PercentDecimals);
        return cells.Printed(figure, style, share);
    }

    private CellModel ChangeCell(TablePlan table, ItemRow row, int rowIndex, ColumnModel column, List<ColumnModel> columns, CellFactory cells)
    {
        var item = row.Item;
        var style = NumberStyle.Percentage(PercentDecimals, table.PercentSign || row.PercentSign);
        var basePeriod = column.BasePeriod!;
        var (currentRef, _) = ExactRef(table, row, rowIndex, item, column.Period, columns);
        var (baseRef, _) = ExactRef(table, row, rowIndex, item, basePeriod, columns);
        var formula = new BlankIfZeroFormula(
            baseRef,
            new RoundFormula(new BinaryFormula('*', new BinaryFormula('/', new BinaryFormula('-', currentRef, baseRef), baseRef), new ConstantFormula(100m)), PercentDecimals));

        if (figures.Change(item, column.Period, basePeriod, PercentDecimals) is not { } change)
        {
            return new CellModel(null, "", style, formula);
        }

        return change.Pin is { } pin
            ? cells.Figure(pin.Value, style, null, new CellNote(CellNoteKind.Pin, pin.Reason))
            : cells.Figure(change.Value, style, formula, null);
    }

    /// <summary>
    /// A reference to the item's exact value for a period, and the factor from that reference's unit to base units: the
    /// row's own cell where the table prints it unrounded, else the data sheet.
    /// </summary>
    private (Formula Ref, decimal Factor) ExactRef(TablePlan table, ItemRow row, int rowIndex, string item, string period, List<ColumnModel> columns)
    {
        var ownFactor = Values.UnitOf(item).Factor;
        var valueColumn = columns.FindIndex(c => c.Kind == ColumnKind.Value && c.Period == period);
        if (valueColumn >= 0 && row.Shows.Contains(ColumnKind.Value) && Values.Get(item, period) is not null)
        {
            var spec = SpecOf(table, row, item);
            var own = Values.GetInOwnUnit(item, period)!.Value;
            if (spec.Measure is not null && spec.Factor == 1m)
            {
                return (new CellFormula(rowIndex, valueColumn), ownFactor);
            }

            if (spec.Measure is null && Rounding.HalfUp(own, spec.Decimals) == own)
            {
                return (new CellFormula(rowIndex, valueColumn), ownFactor);
            }
        }

        return (new DataFormula(item, period), ownFactor);
    }

    private static Formula Scale(Formula formula, decimal factor) => factor switch
    {
        1m => formula,
        < 1m => new BinaryFormula('/', formula, new ConstantFormula(Rounding.HalfUp(1m / factor, 10))),
        _ => new BinaryFormula('*', formula, new ConstantFormula(factor)),
    };

    /// <summary>Makes the cells of one table in one language: display text in the language's number convention.</summary>
    private sealed class CellFactory(NumberConvention numbers, string absent)
    {
        public CellModel Absent(NumberStyle style) => new(null, absent, style, null);

        public CellModel Figure(decimal value, NumberStyle style, Formula? formula, CellNote? note) =>
            new(value, numbers.Format(Rounding.HalfUp(value, style.Decimals), style.Decimals, style.Percent && style.PercentSign), style, formula, note);

        /// <summary>A rounded figure: its plain formula, plus the footing step where there is one; a pin prints as a constant.</summary>
        public CellModel Printed(PrintedFigure figure, NumberStyle style, Formula rounded)
        {
            if (figure.Reason == FigureReason.Pin)
            {
                return Figure(figure.Printed, style, null, new CellNote(CellNoteKind.Pin, figure.Explanation!));
            }

            // The footing step shows in the formula: ROUND(x/1000,0)-1. Shares are re-rounded so no binary fraction shows.
            Formula formula = rounded;
            if (figure.Adjustment != 0)
            {
                formula = new BinaryFormula(figure.Adjustment > 0 ? '+' : '-', rounded, new ConstantFormula(Math.Abs(figure.Adjustment)));
                formula = style.Decimals > 0 ? new RoundFormula(formula, style.Decimals) : formula;
            }

            var note = figure.Reason == FigureReason.Footing ? new CellNote(CellNoteKind.Footing, figure.Explanation!) : null;
            return Figure(figure.Printed, style, formula, note);
        }
    }
}
