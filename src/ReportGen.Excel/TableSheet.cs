using ClosedXML.Excel;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>
/// Lays one table out on a worksheet: title and unit caption, column headers sized to their wrapped text, rows with live
/// formulas, notes under the table, A4 page set-up. Footnote markers stand in a narrow column of their own after the
/// label, so a label copies as the label alone; percentages are fractions in percent formats, so that
/// <c>=share*total</c> gives the amount.
/// </summary>
internal sealed class TableSheet
{
    private const double LineHeight = 15;
    private readonly IXLWorksheet sheet;
    private readonly TableModel table;
    private readonly NumberConvention numbers;
    private readonly int firstFigureColumn;

    private TableSheet(IXLWorksheet sheet, TableModel table, NumberConvention numbers)
    {
        this.sheet = sheet;
        this.table = table;
        this.numbers = numbers;
        firstFigureColumn = HasMarks ? 3 : 2;
    }

    private bool HasMarks => table.Rows.Any(r => r.Marks.Count > 0);

    private int LastColumn => FigureColumn(table.Columns.Count - 1);

    /// <returns>Where the table's figures are: the cell of a row and column of the table.</returns>
    public static Func<int, int, IXLCell> Write(IXLWorksheet sheet, TableModel table, ReleaseDocument document, Func<string, string, string> dataCell, string rateCell, Dictionary<(string, string), CachedValue> cached) =>
        new TableSheet(sheet, table, document.Numbers).Write(document, dataCell, rateCell, cached);

    private int FigureColumn(int column) => firstFigureColumn + column;

    private Func<int, int, IXLCell> Write(ReleaseDocument document, Func<string, string, string> dataCell, string rateCell, Dictionary<(string, string), CachedValue> cached)
    {
        SetWidths();
        var row = 1;
        sheet.Cell(row, 1).SetValue(table.Title);
        sheet.Cell(row, 1).Style.Font.Bold = true;
        sheet.Cell(row, 1).Style.Font.FontSize = 12;
        row++;
        foreach (var line in table.Subtitle)
        {
            sheet.Cell(row++, 1).SetValue(line);
        }

        row++;
        var headerTop = row;
        if (table.Columns.Any(c => c.Group is not null))
        {
            WriteGroups(row++);
        }

        WriteHeaders(row);
        var headerBottom = row++;

        var firstDataRow = row;
        var formulas = new ExcelFormula(dataCell, (r, c) => $"{ExcelRenderer.ColumnLetter(FigureColumn(c))}{firstDataRow + r}", rateCell);
        foreach (var model in table.Rows)
        {
            WriteRow(model, row++, formulas, cached);
        }

        row++;
        WriteNotes(row);
        sheet.SheetView.Freeze(headerBottom, firstFigureColumn - 1);
        PrintSetup.Apply(sheet, table.Title, headerTop, headerBottom, ExcelRenderer.PageNumberCode(document), table.Caption, table.Tag);
        return (r, c) => sheet.Cell(firstDataRow + r, FigureColumn(c));
    }

    private void SetWidths()
    {
        sheet.Column(1).Width = Math.Min(70, Math.Max(28, table.Rows.Max(r => SheetText.Width(r.Label) + (2 * r.Indent) + 2)));
        if (HasMarks)
        {
            sheet.Column(2).Width = Math.Max(3, table.Rows.Max(r => SheetText.Width(string.Join(",", r.Marks))) + 1);
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Column(FigureColumn(c)).Width = Width(table.Columns[c]);
        }
    }

    private void WriteGroups(int row)
    {
        var lines = 1;
        foreach (var group in table.Groups())
        {
            var range = sheet.Range(row, FigureColumn(group.First), row, FigureColumn(group.Last));
            range.Merge();
            range.FirstCell().SetValue(group.Text);
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            range.Style.Font.Bold = true;
            range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
            var width = Enumerable.Range(group.First, group.Last - group.First + 1).Sum(c => Width(table.Columns[c]));
            lines = Math.Max(lines, SheetText.Lines(group.Text, width));
        }

        sheet.Row(row).Height = LineHeight * lines;
    }

    private void WriteHeaders(int row)
    {
        var lines = 1;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cell = sheet.Cell(row, FigureColumn(c));
            cell.SetValue(table.Columns[c].Header);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
            cell.Style.Alignment.WrapText = true;
            lines = Math.Max(lines, SheetText.Lines(table.Columns[c].Header, Width(table.Columns[c])));
        }

        var header = sheet.Range(row, 1, row, LastColumn);
        header.Style.Font.Bold = true;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Row(row).Height = LineHeight * lines;
    }

    private void WriteRow(RowModel model, int row, ExcelFormula formulas, Dictionary<(string, string), CachedValue> cached)
    {
        var label = sheet.Cell(row, 1);

        // The first row of a tier carries the tier's name before its own label (IP Services 64kbps – 128kbps), as the PDF does.
        label.SetValue(model.Lead is { } lead ? $"{lead}  {model.Label}" : model.Label);
        label.Style.Alignment.Indent = model.Indent;
        label.Style.Font.Bold = model.Style == RowStyle.Total || model.Kind == RowKind.Header;
        if (model.Marks.Count > 0)
        {
            var marks = sheet.Cell(row, 2);
            marks.SetValue(string.Join(",", model.Marks));
            marks.Style.Font.VerticalAlignment = XLFontVerticalTextAlignmentValues.Superscript;
        }

        for (var c = 0; c < model.Cells.Count; c++)
        {
            var cell = sheet.Cell(row, FigureColumn(c));
            if (model.Style != RowStyle.Normal)
            {
                cell.Style.Border.TopBorder = XLBorderStyleValues.Thin;
                cell.Style.Font.Bold = model.Style == RowStyle.Total;
            }

            if (model.Cells[c] is { } figure)
            {
                WriteFigure(cell, figure, formulas, cached);
            }
        }
    }

    /// <summary>
    /// A figure: a live formula with the engine's figure as its cached value, or a constant (a fact or a pin), or the text
    /// an absent figure prints as. A figure with no value (a change on a zero base) leaves the cell truly empty.
    /// </summary>
    private void WriteFigure(IXLCell cell, CellModel figure, ExcelFormula formulas, Dictionary<(string, string), CachedValue> cached)
    {
        if (figure.Value is not { } value)
        {
            if (figure.Display.Length > 0)
            {
                cell.SetValue(figure.Display);
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }

            return;
        }

        var percent = figure.Style.Percent;
        var stored = percent ? value / 100m : value;
        cell.Style.NumberFormat.Format = NumberFormats.For(figure.Style, numbers);
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        if (figure.Formula is { } formula)
        {
            cell.FormulaA1 = formulas.Write(percent ? ExcelFormula.Fraction(formula) : formula);
            cached[(sheet.Name, cell.Address.ToString()!)] = new CachedValue(stored == 0 ? 0 : stored, null);
        }
        else
        {
            cell.Value = stored == 0 ? 0m : stored;
        }
    }

    /// <summary>Notes wrap within the table's width, so that printing fits the table to the page, not a long line of text.</summary>
    private void WriteNotes(int row)
    {
        var tableWidth = Enumerable.Range(1, LastColumn).Sum(c => sheet.Column(c).Width);
        foreach (var note in table.Notes)
        {
            var text = $"{note.Mark} {note.Text}";
            var range = sheet.Range(row, 1, row, LastColumn);
            range.Merge();
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            range.Style.Font.FontSize = 9;
            range.FirstCell().SetValue(text);
            sheet.Row(row).Height = 12.5 * SheetText.Lines(text, tableWidth * 1.1);
            row++;
        }
    }

    /// <summary>
    /// A figure column's width in characters: the pack's, or room for the widest amount or percentage, and for a group
    /// heading over this column alone, on one line up to 20 characters.
    /// </summary>
    private double Width(ColumnModel column)
    {
        if (column.Width is { } width)
        {
            return width;
        }

        var natural = column.Kind is ColumnKind.Share or ColumnKind.Change ? 11.0 : 14.0;
        var index = table.Columns.ToList().IndexOf(column);
        var alone = table.Groups().FirstOrDefault(g => g.First == index && g.Last == index);
        return alone is null ? natural : Math.Min(20, Math.Max(natural, SheetText.Width(alone.Text) + 2));
    }
}
