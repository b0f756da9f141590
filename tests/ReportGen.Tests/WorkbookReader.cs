using System.Globalization;
using ClosedXML.Excel;

namespace ReportGen.Tests;

/// <summary>Reads a workbook the way a reader that never recalculates does: cached values, shown through their number formats.</summary>
internal static class WorkbookReader
{
    /// <summary>The text a cell displays: its cached or constant value through its own number format.</summary>
    public static string Displayed(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            var cached = cell.CachedValue;
            return cached switch
            {
                null => "",
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => Format(number, cell.Style.NumberFormat.Format),
                string s => s,
                _ => Format(Convert.ToDouble(cached, CultureInfo.InvariantCulture), cell.Style.NumberFormat.Format),
            };
        }

        return cell.DataType == XLDataType.Number
            ? Format(cell.GetDouble(), cell.Style.NumberFormat.Format)
            : cell.GetString();
    }

    public static string Format(double value, string format) =>
        new ExcelNumberFormat.NumberFormat(format).Format(value, CultureInfo.InvariantCulture);
}
