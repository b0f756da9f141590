using ReportGen.Dataset;
using ReportGen.Evaluation;
using ReportGen.Model;
using ReportGen.Templates;

namespace ReportGen.Building;

public sealed partial class DocumentBuilder
{
    private const int PercentDecimals = 1;

    /// <summary>How a row's amounts print in a table: in a rounded measure (footed), or natively in the item's own unit.</summary>
    private sealed record AmountSpec(Measure? Measure, decimal Factor, int Decimals);

    private AmountSpec SpecOf(TableDef table, RowDef row, string item)
    {
        var unit = Values.UnitOf(item);
        if (row.Native || unit.Dimension() != Dimension.Money || table.Amounts == "native")
        {
            return new AmountSpec(null, 1m, row.Decimals ?? (unit == Unit.Gbps ? 1 : 0));
        }

        _ = UnitExtensions.TryParse(table.Amounts, out var scale);
        return new AmountSpec(Measure.Amount(scale), unit.Factor() / scale.Factor(), row.Decimals ?? 0);
    }

    private CellModel BuildCell(TableDef table, List<RowDef> rows, int rowIndex, List<ColumnModel> columns, int columnIndex)
    {
        var column = columns[columnIndex];
        var row = rows[rowIndex];
        var item = row.Item!;
        return column.Kind switch
        {
            ColumnKind.Value => ValueCell(table, row, item, column.Period),
            ColumnKind.Usd => UsdCell(table, row, rowIndex, item, column.Period, columns),
            ColumnKind.Share => ShareCell(table, rows, rowIndex, item, column.Period, columns),
            _ => ChangeCell(table, row, rowIndex, item, column, columns),
        };
    }

    private CellModel ValueCell(TableDef table, RowDef row, string item, string period)
    {
        var spec = SpecOf(table, row, item);
        var style = NumberStyle.Amount(spec.Decimals);
        var own = Values.GetInOwnUnit(item, period);
        if (own is null)
        {
            return Absent(table, style);
        }

        var data = new DataFormula(item, period);
        if (spec.Measure is null)
        {
            var value = Rounding.HalfUp(own.Value, spec.Decimals);
            return Figure(value, style, value == own ? data : new RoundFormula(data, spec.Decimals), null);
        }

        var figure = figures.Get(spec.Measure, item, period)!;
        Formula scaled = spec.Factor == 1m ? data : new RoundFormula(Scale(data, spec.Factor), 0);
        return Printed(figure, style, scaled);
    }

    private CellModel UsdCell(TableDef table, RowDef row, int rowIndex, string item, string period, List<ColumnModel> columns)
    {
        var style = NumberStyle.Amount(0);
        var figure = figures.Get(Measure.Usd, item, period);
        if (figure is null)
        {
            return Absent(table, style);
        }

        // Refer to the row's yen cell where the table shows it exactly, else to the data sheet.
        var (yen, factor) = ExactRef(table, row, rowIndex, item, period, columns);
        var usd = new RoundFormula(new BinaryFormula('/', Scale(yen, factor / 1000m), new RateFormula()), 0);
        return Printed(figure, style, usd);
    }

    private CellModel ShareCell(TableDef table, List<RowDef> rows, int rowIndex, string item, string period, List<ColumnModel> columns)
    {
        var row = rows[rowIndex];
        var style = NumberStyle.Percentage(PercentSign(table, row));
        var figure = figures.Get(Measure.ShareOf(table.ShareOf!), item, period);
        if (figure is null)
        {
            return Absent(table, style);
        }

        var (part, _) = ExactRef(table, row, rowIndex, item, period, columns);
        var baseIndex = rows.FindIndex(r => r.Item == table.ShareOf);
        var (whole, _) = baseIndex >= 0
            ? ExactRef(table, rows[baseIndex], baseIndex, table.ShareOf!, period, columns)
            : (new DataFormula(table.ShareOf!, period), 1m);
        var share = new RoundFormula(new BinaryFormula('*', new BinaryFormula('/', part, whole), new ConstantFormula(100m)), PercentDecimals);
        return Printed(figure, style, share);
    }

    private CellModel ChangeCell(TableDef table, RowDef row, int rowIndex, string item, ColumnModel column, List<ColumnModel> columns)
    {
        var style = NumberStyle.Percentage(PercentSign(table, row));
        var basePeriod = column.BasePeriod!;
        var current = Values.Get(item, column.Period);
        var previous = Values.Get(item, basePeriod);
        var (currentRef, _) = ExactRef(table, row, rowIndex, item, column.Period, columns);
        var (baseRef, _) = ExactRef(table, row, rowIndex, item, basePeriod, columns);
        var formula = new BlankIfZeroFormula(
            baseRef,
            new RoundFormula(new BinaryFormula('*', new BinaryFormula('/', new BinaryFormula('-', currentRef, baseRef), baseRef), new ConstantFormula(100m)), PercentDecimals));

        var pin = figures.Pins.FirstOrDefault(p => p.Measure == PinMeasure.Change && p.Item == item && p.Period == column.Period && p.Base == basePeriod);
        if (previous is not { } b || b == 0)
        {
            return new CellModel(null, "", style, formula);
        }

        var value = Rounding.HalfUp(((current ?? 0m) - b) / b * 100m, PercentDecimals);
        if (pin is not null)
        {
            return new CellModel(pin.Value, DisplayFormat.Format(pin.Value, style), style, null, new CellNote("pin", pin.Reason));
        }

        return Figure(value, style, formula, null);
    }

    /// <summary>
    /// A reference to the item's exact value for a period, and the factor from that reference's unit to yen thousands'
    /// worth of the item's own unit: the row's own cell where the table prints it unrounded, else the data sheet.
    /// </summary>
    private (Formula Ref, decimal Factor) ExactRef(TableDef table, RowDef row, int rowIndex, string item, string period, List<ColumnModel> columns)
    {
        var ownFactor = Values.UnitOf(item).Factor();
        var valueColumn = columns.FindIndex(c => c.Kind == ColumnKind.Value && c.Period == period);
        var shown = row.Show.Count == 0 || row.Show.Contains("value");
        if (valueColumn >= 0 && shown && Values.Get(item, period) is not null)
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

    private static bool PercentSign(TableDef table, RowDef row) => table.PercentSign || row.PercentSign;

    private static CellModel Absent(TableDef table, NumberStyle style) => new(null, table.Absent, style, null);

    private static CellModel Figure(decimal value, NumberStyle style, Formula? formula, CellNote? note) =>
        new(value, DisplayFormat.Format(value, style), style, formula, note);

    /// <summary>A rounded figure: its plain formula, plus the footing step where there is one; a pin prints as a constant.</summary>
    private static CellModel Printed(PrintedFigure figure, NumberStyle style, Formula rounded)
    {
        if (figure.Note?.Kind == "pin")
        {
            return Figure(figure.Printed, style, null, figure.Note);
        }

        // The footing step shows in the formula: ROUND(x/1000,0)-1. Shares are re-rounded so no binary fraction shows.
        Formula formula = rounded;
        if (figure.Adjustment != 0)
        {
            formula = new BinaryFormula(figure.Adjustment > 0 ? '+' : '-', rounded, new ConstantFormula(Math.Abs(figure.Adjustment)));
            formula = style.Decimals > 0 ? new RoundFormula(formula, style.Decimals) : formula;
        }

        return Figure(figure.Printed, style, formula, figure.Note);
    }

    private DataSheet BuildDataSheet(DocumentDef definition, TextContext text)
    {
        var language = text.Language;
        var periods = Dataset.Periods;
        var rows = new List<DataRow>();
        foreach (var item in Dataset.Facts.Keys.Concat(pack.Relations.Derived.Select(d => d.Id)))
        {
            var unit = Values.UnitOf(item);
            var definitionOf = Values.DerivedDefinition(item);
            var values = periods.Select(p => Values.GetInOwnUnit(item, p.Key)).ToList();
            var formulas = periods.Select(p => definitionOf is null || Values.Get(item, p.Key) is null ? null : DerivedFormula(definitionOf, unit, p.Key)).ToList();
            var label = pack.Labels.TryGetValue(item, out var l) ? l[language] ?? item : item;
            rows.Add(new DataRow(item, text.Apply(label), unit.Name(), values, formulas));
        }

        var rate = Dataset.Convenience;
        var rateLabel = rate is null ? "" : text.Apply(language == Language.Ja ? "米ドル換算レート（円／米ドル、{rateDate}）" : "Convenience rate (JPY per USD, {rateDate})");
        return new DataSheet(definition.DataSheet, periods.Select(text.PeriodShort).ToList(), periods.Select(p => p.Key).ToList(), rateLabel, rate?.Rate, rows);
    }

    private Formula DerivedFormula(DerivedDef definition, Unit unit, string period)
    {
        if (definition.Quotient is { } q)
        {
            var numerator = Scale(new DataFormula(q.Numerator, period), Values.UnitOf(q.Numerator).Factor() / unit.Factor());
            var denominator = Scale(new DataFormula(q.Denominator, period), Values.UnitOf(q.Denominator).Factor());
            return new BinaryFormula('/', numerator, denominator);
        }

        Formula? sum = null;
        foreach (var term in definition.Sum.Select(SignedTerm.Parse))
        {
            var part = Scale(new DataFormula(term.Item, period), Values.UnitOf(term.Item).Factor() / unit.Factor());
            sum = sum is null
                ? term.Sign < 0 ? new BinaryFormula('-', new ConstantFormula(0m), part) : part
                : new BinaryFormula(term.Sign < 0 ? '-' : '+', sum, part);
        }

        return sum!;
    }
}
