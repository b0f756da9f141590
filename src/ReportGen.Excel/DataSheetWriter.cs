using ClosedXML.Excel;
using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>The data sheet: every fact in the unit the company holds it, derived items as formulas, the convenience rate.</summary>
internal static class DataSheetWriter
{
    public static void Write(IXLWorksheet sheet, ReleaseDocument document, Func<string, string, string> dataCell, Dictionary<(string, string), CachedValue> cached)
    {
        var data = document.Data;
        sheet.Cell(1, 1).SetValue(sheet.Name);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(3, 1).SetValue(data.RateLabel);
        if (data.Rate is { } rate)
        {
            sheet.Cell(3, 4).Value = rate;
            sheet.Cell(3, 4).Style.NumberFormat.Format = "0.00";
        }

        for (var c = 0; c < data.Captions.Count; c++)
        {
            sheet.Cell(4, 1 + c).SetValue(data.Captions[c]);
        }

        for (var p = 0; p < data.PeriodHeaders.Count; p++)
        {
            sheet.Cell(4, 4 + p).SetValue(data.PeriodHeaders[p]);
            sheet.Cell(4, 4 + p).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }

        sheet.Range(4, 1, 4, 3 + data.PeriodHeaders.Count).Style.Font.Bold = true;
        var formulas = new ExcelFormula(dataCell, (_, _) => throw new InvalidOperationException("The data sheet has no table cells."), $"$D$3");
        var row = 5;
        foreach (var item in data.Rows)
        {
            sheet.Cell(row, 1).SetValue(item.Item);
            sheet.Cell(row, 2).SetValue(item.Label);
            sheet.Cell(row, 3).SetValue(item.Unit);
            for (var p = 0; p < item.Values.Count; p++)
            {
                if (item.Values[p] is not { } value)
                {
                    continue;
                }

                var cell = sheet.Cell(row, 4 + p);
                cell.Style.NumberFormat.Format = decimal.Truncate(value) == value ? NumberFormats.DataInteger : NumberFormats.Data;
                if (item.Formulas[p] is { } formula)
                {
                    cell.FormulaA1 = formulas.Write(formula);
                    cached[(sheet.Name, cell.Address.ToString()!)] = new CachedValue(value, null);
                }
                else
                {
                    cell.Value = value;
                }
            }

            row++;
        }

        sheet.Column(1).Width = 38;
        sheet.Column(2).Width = 60;
        sheet.Column(3).Width = 14;
        for (var p = 0; p < data.PeriodHeaders.Count; p++)
        {
            sheet.Column(4 + p).Width = 18;
        }

        sheet.SheetView.Freeze(4, 3);
        PrintSetup.Apply(sheet, sheet.Name, 4, 4, ExcelRenderer.PageNumberCode(document));
    }
}
