namespace ReportGen.Preparation;

/// <summary>The cells of a workbook as read back: each sheet's values by 1-based row and column.</summary>
public sealed class EntryGrid
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<(int Row, int Column), EntryValue>> sheets;

    public EntryGrid(IReadOnlyDictionary<string, IReadOnlyDictionary<(int Row, int Column), EntryValue>> sheets)
    {
        this.sheets = sheets;
    }

    public IEnumerable<string> Sheets => sheets.Keys;

    public bool HasSheet(string sheet) => sheets.ContainsKey(sheet);

    public EntryValue this[string sheet, int row, int column] =>
        sheets.TryGetValue(sheet, out var cells) && cells.TryGetValue((row, column), out var value) ? value : EntryValue.Empty;

    /// <summary>The last row of a sheet that holds anything.</summary>
    public int LastRow(string sheet) => sheets.TryGetValue(sheet, out var cells) && cells.Count > 0 ? cells.Keys.Max(k => k.Row) : 0;

    /// <summary>The last column of a sheet that holds anything.</summary>
    public int LastColumn(string sheet) => sheets.TryGetValue(sheet, out var cells) && cells.Count > 0 ? cells.Keys.Max(k => k.Column) : 0;
}
