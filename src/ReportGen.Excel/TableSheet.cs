using ClosedXML.Excel;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>Lays one table out on a worksheet: title, subtitle, column headers, rows, notes; A4 print set-up.</summary>
internal static class TableSheet
{
    public static void Write(IXLWorksheet sheet, TableModel table, NumberConvention numbers, Func<string, string, string> dataCell, string rateCell, Dictionary<(string, string), CachedValue> cached)
    {
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
            WriteGroups(sheet, table, row++);
        }

        for (var c = 0; c < table.Columns.Count; c++)
        {
            var cell = sheet.Cell(row, ExcelRenderer.FigureColumn(c));
            cell.SetValue(table.Columns[c].Header);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            cell.Style.Alignment.WrapText = true;
        }

        var header = sheet.Range(row, 1, row, ExcelRenderer.FigureColumn(table.Columns.Count - 1));
        header.Style.Font.Bold = true;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        var headerBottom = row++;

        var firstDataRow = row;
        var formulas = new ExcelFormula(
            dataCell,
            (r, c) => $"{ExcelRenderer.ColumnLetter(ExcelRenderer.FigureColumn(c))}{firstDataRow + r}",
            rateCell);
        foreach (var model in table.Rows)
        {
            WriteRow(sheet, numbers, model, row++, formulas, cached);
        }

        sheet.Column(1).Width = Math.Min(70, Math.Max(28, table.Rows.Max(r => DisplayWidth(r.Label) + (2 * r.Indent) + 2)));
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Column(ExcelRenderer.FigureColumn(c)).Width = Width(table.Columns[c]);
        }

        // Notes wrap within the table's width, so that printing fits the table to the page, not a long line of text.
        row++;
        var lastColumn = ExcelRenderer.FigureColumn(table.Columns.Count - 1);
        var tableWidth = Enumerable.Range(1, lastColumn).Sum(c => sheet.Column(c).Width);
        foreach (var note in table.Notes)
        {
            var text = $"{note.Mark} {note.Text}";
            var range = sheet.Range(row, 1, row, lastColumn);
            range.Merge();
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            range.Style.Font.FontSize = 9;
            range.FirstCell().SetValue(text);
            sheet.Row(row).Height = 12.5 * Math.Ceiling(DisplayWidth(text) * 0.9 / tableWidth);
            row++;
        }

        sheet.SheetView.Freeze(headerBottom, 1);
        var setup = sheet.PageSetup;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.PageOrientation = table.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        setup.FitToPages(1, 0);
        setup.SetRowsToRepeatAtTop(headerTop, headerBottom);
        setup.Margins.Left = 0.5;
        setup.Margins.Right = 0.5;
        setup.Margins.Top = 0.6;
        setup.Margins.Bottom = 0.6;
        // In a header, & starts a code (&D is the date, &P the page number): a title's own & is written &&.
        setup.Header.Center.AddText(table.Title.Replace("&", "&&", StringComparison.Ordinal));
        setup.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        setup.Footer.Center.AddText(" / ", XLHFOccurrence.AllPages);
        setup.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
    }

    private static void WriteGroups(IXLWorksheet sheet, TableModel table, int row)
    {
        foreach (var group in table.Groups())
        {
            var range = sheet.Range(row, ExcelRenderer.FigureColumn(group.First), row, ExcelRenderer.FigureColumn(group.Last));
            range.Merge();
            range.FirstCell().SetValue(group.Text);
            range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            range.Style.Font.Bold = true;
            range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
            range.Style.Alignment.WrapText = true;
            range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Bottom;
        }

        // A heading wider than the columns it spans (Year-over-year Comparison over one column) takes two lines.
        var widest = table.Groups().Max(g => DisplayWidth(g.Text) / (g.Last - g.First + 1) / Width(table.Columns[g.First]));
        sheet.Row(row).Height = widest > 1 ? 26 : 13;
    }

    private static void WriteRow(IXLWorksheet sheet, NumberConvention numbers, RowModel model, int row, ExcelFormula formulas, Dictionary<(string, string), CachedValue> cached)
    {
        var label = sheet.Cell(row, 1);
        if (model.Marks.Count == 0)
        {
            label.SetValue(model.Label);
        }
        else
        {
            var rich = label.RichText;
            rich.AddText(model.Label);
            rich.AddText(string.Join(",", model.Marks)).SetVerticalAlignment(XLFontVerticalTextAlignmentValues.Superscript);
        }

        label.Style.Alignment.Indent = model.Indent;
        var bold = model.Style == RowStyle.Total || model.Kind == RowKind.Header;
        label.Style.Font.Bold = bold;

        for (var c = 0; c < model.Cells.Count; c++)
        {
            var cell = sheet.Cell(row, ExcelRenderer.FigureColumn(c));
            if (model.Style != RowStyle.Normal)
            {
                cell.Style.Border.TopBorder = XLBorderStyleValues.Thin;
                cell.Style.Font.Bold = model.Style == RowStyle.Total;
            }

            if (model.Cells[c] is not { } figure)
            {
                continue;
            }

            cell.Style.NumberFormat.Format = NumberFormats.For(figure.Style, numbers);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            if (figure.Formula is { } formula)
            {
                cell.FormulaA1 = formulas.Write(formula);
                cached[(sheet.Name, cell.Address.ToString()!)] = figure.Value is { } v ? new CachedValue(v == 0 ? 0 : v, null) : new CachedValue(null, figure.Display);
            }
            else if (figure.Value is { } value)
            {
                cell.Value = value == 0 ? 0m : value;
            }
            else if (figure.Display.Length > 0)
            {
                cell.SetValue(figure.Display);
            }

            if (figure.Note is { } note)
            {
                cell.Comment.AddText(note.Kind == CellNoteKind.Pin ? $"Pinned: {note.Text}" : $"Forced footing: {note.Text}");
                cell.Comment.Author = "ReportGen";
            }
        }
    }

    /// <summary>A figure column's width in characters: the pack's, or room for the widest amount or percentage.</summary>
    private static double Width(ColumnModel column) =>
        column.Width ?? (column.Kind is ColumnKind.Share or ColumnKind.Change ? 11 : 14);

    /// <summary>Width in Excel character units: a Japanese character takes two.</summary>
    private static double DisplayWidth(string text) => text.Sum(ch => ch > 0x2E80 ? 2.0 : 1.0);
}
