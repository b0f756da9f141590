using ClosedXML.Excel;
using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>
/// The sheet of the figures the document's text prints: where each stands (the pack's text or the prose section), the
/// words printed, the table cell that prints the same figure, and a formula that shows that cell's value, so that a
/// reviewer follows each figure of the prose to its table and sees a late change in both.
/// </summary>
internal static class FiguresSheetWriter
{
    public static void Write(IXLWorksheet sheet, ReleaseDocument document, FiguresSheet figures, IReadOnlyDictionary<string, Func<int, int, IXLCell>> tables, Dictionary<(string, string), CachedValue> cached)
    {
        sheet.Cell(1, 1).SetValue(figures.SheetName);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 12;
        for (var c = 0; c < figures.Captions.Count; c++)
        {
            sheet.Cell(3, 1 + c).SetValue(figures.Captions[c]);
        }

        var header = sheet.Range(3, 1, 3, 4);
        header.Style.Font.Bold = true;
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Cell(3, 4).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;

        var row = 4;
        foreach (var (block, figure) in document.TextFigures())
        {
            sheet.Cell(row, 1).SetValue(block);
            sheet.Cell(row, 2).SetValue(figure.Text);
            sheet.Cell(row, 3).SetValue(figure.Source.Where);
            sheet.Row(row).Height = 15 * Math.Max(SheetText.Lines(figure.Source.Where, 60), SheetText.Lines(figure.Text, 28));
            var source = figure.Source;
            if (source is { Table: { } table, Row: { } r, Column: { } c } && tables.TryGetValue(table, out var place) && place(r, c) is { } cell && !cell.IsEmpty())
            {
                // The same cell's value, live: a formula to the table, its cached value the table's.
                var target = sheet.Cell(row, 4);
                target.FormulaA1 = $"{ExcelRenderer.Quote(cell.Worksheet.Name)}!{cell.Address.ToStringFixed()}";
                target.Style.NumberFormat.Format = cell.Style.NumberFormat.Format;
                target.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                var value = cell.HasFormula
                    ? cached.GetValueOrDefault((cell.Worksheet.Name, cell.Address.ToString()!))
                    : cell.DataType == XLDataType.Number ? new CachedValue(cell.GetValue<decimal>(), null) : new CachedValue(null, cell.GetString());
                if (value is not null)
                {
                    cached[(sheet.Name, target.Address.ToString()!)] = value;
                }

                target.Hyperlink = new XLHyperlink($"{ExcelRenderer.Quote(cell.Worksheet.Name)}!{cell.Address}");
            }
            else if (source.Cell is { } shown)
            {
                // A table of another language's workbook prints it (the English Table 9 for the Japanese summary): as printed.
                sheet.Cell(row, 4).SetValue(shown);
                sheet.Cell(row, 4).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }

            row++;
        }

        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 28;
        sheet.Column(3).Width = 60;
        sheet.Column(3).Style.Alignment.WrapText = true;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Range(4, 1, Math.Max(4, row - 1), 4).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Column(4).Width = 14;
        sheet.SheetView.Freeze(3, 0);
        PrintSetup.Apply(sheet, figures.SheetName, 3, 3, ExcelRenderer.PageNumberCode(document));
    }
}
