using System.Globalization;
using ClosedXML.Excel;
using ReportGen.Preparation;

namespace ReportGen.Excel;

/// <summary>Reads an entry workbook's cells back: numbers exactly as the file holds them, dates, texts; a formula cell by its last computed value.</summary>
public static class EntryWorkbookReader
{
    public static EntryGrid Read(string path)
    {
        using var workbook = new XLWorkbook(path);
        var sheets = new Dictionary<string, IReadOnlyDictionary<(int Row, int Column), EntryValue>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Worksheets)
        {
            var cells = new Dictionary<(int Row, int Column), EntryValue>();
            foreach (var cell in sheet.CellsUsed())
            {
                cells[(cell.Address.RowNumber, cell.Address.ColumnNumber)] = Value(cell);
            }

            sheets[sheet.Name] = cells;
        }

        return new EntryGrid(sheets);
    }

    private static EntryValue Value(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            return cell.CachedValue switch
            {
                null => EntryValue.Empty,
                double number => Number(number),
                string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => Number(number),
                string text => text.Length == 0 ? EntryValue.Empty : new EntryValue(EntryValueKind.Text, Text: text),
                _ => new EntryValue(EntryValueKind.Other, Text: Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture)),
            };
        }

        return cell.DataType switch
        {
            XLDataType.Number => Number(cell.GetDouble()) with { Decimals = Decimals(cell.Style.NumberFormat.Format) },
            XLDataType.DateTime => new EntryValue(EntryValueKind.Date, Date: DateOnly.FromDateTime(cell.GetDateTime())),
            XLDataType.Text => cell.GetString() is { Length: > 0 } text ? new EntryValue(EntryValueKind.Text, Text: text) : EntryValue.Empty,
            _ => new EntryValue(EntryValueKind.Other, Text: cell.GetString()),
        };
    }

    /// <summary>The decimal places a number format shows (its first section's zeros after the point): <c>#,##0.0</c> shows 1.</summary>
    private static int Decimals(string? format)
    {
        var positive = (format ?? "").Split(';')[0];
        var point = positive.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : positive[(point + 1)..].TakeWhile(c => c is '0' or '#').Count(c => c == '0');
    }

    /// <summary>The shortest decimal that reads back as the same double: the number as typed, not a binary approximation.</summary>
    private static EntryValue Number(double value) =>
        new(EntryValueKind.Number, decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture));
}
