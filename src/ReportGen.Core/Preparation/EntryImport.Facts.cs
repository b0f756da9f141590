using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Preparation;

internal sealed partial class EntryImport
{
    /// <summary>The Facts sheet: columns found by their captions, then one fact a row until the first row without an id.</summary>
    private List<FactEntry> ReadFacts(List<PeriodEntry> periods)
    {
        const string sheet = EntryLayout.Facts;
        const int header = EntryLayout.FactsHeaderRow;
        int? idColumn = null, unitColumn = null;
        var periodColumns = new List<(string Key, int Column)>();
        for (var column = 1; column <= grid.LastColumn(sheet); column++)
        {
            switch (Text(grid[sheet, header, column]))
            {
                case EntryLayout.Id:
                    idColumn = column;
                    break;
                case EntryLayout.Unit:
                    unitColumn = column;
                    break;
                case { } caption when periods.Any(p => p.Key == caption):
                    periodColumns.Add((caption, column));
                    break;
            }
        }

        if (idColumn is null || unitColumn is null)
        {
            bag.Add(Messages.NotAnEntryWorkbook(Cell(sheet, header, 1), $"row {header} of sheet {sheet} has no '{EntryLayout.Id}' and '{EntryLayout.Unit}' captions"));
            return [];
        }

        foreach (var period in periods.Where(p => periodColumns.All(c => c.Key != p.Key)))
        {
            bag.Add(Messages.NotAnEntryWorkbook(period.Location, $"period '{period.Key}' has no column on sheet {sheet} (row {header} names the periods)"));
        }

        var facts = new List<FactEntry>();
        for (var row = EntryLayout.FactsFirstRow; Text(grid[sheet, row, idColumn.Value]) is { } id; row++)
        {
            var at = Place(Cell(sheet, row, idColumn.Value), "facts", id);
            var unit = Text(grid[sheet, row, unitColumn.Value]) ?? "";
            Place(Cell(sheet, row, unitColumn.Value), "facts", id, "unit");
            var values = new List<FactValueEntry>();
            foreach (var (key, column) in periodColumns)
            {
                var cell = Place(Cell(sheet, row, column), "facts", id, "values", key);
                if (Figure(grid[sheet, row, column], cell, id, key, unit) is { } value)
                {
                    values.Add(new FactValueEntry(key, value, cell));
                }
            }

            facts.Add(new FactEntry(id, unit, values, at));
        }

        if (missing.Count > MissingShown)
        {
            bag.Add(Messages.MoreMissingValues(missing[MissingShown], missing.Count - MissingShown, missing[^1].Path!));
        }

        return facts;
    }

    /// <summary>Figures left blank are named one by one up to this many; the rest in one message, so a fresh workbook gives a page, not hundreds of lines.</summary>
    private const int MissingShown = 20;

    private readonly List<SourceLocation> missing = [];

    /// <summary>A figure as typed: a number; <c>-</c> where there is nothing to report (null); anything else is an error.</summary>
    private decimal? Figure(EntryValue value, SourceLocation cell, string fact, string period, string unit)
    {
        var hint = $"type the figure of {fact} for {period} in {unit}, or {EntryLayout.Nothing} where there is nothing to report";
        switch (value.Kind)
        {
            case EntryValueKind.Number:
                return Shown(value);
            case EntryValueKind.Empty:
            case EntryValueKind.Text when Text(value) is null:
                missing.Add(cell);
                if (missing.Count <= MissingShown)
                {
                    bag.Add(Messages.MissingValue(cell, $"the figure of {fact} for {period}", hint));
                }

                return null;
            case EntryValueKind.Text when Text(value) == EntryLayout.Nothing:
                return null;
            default:
                bag.Add(Messages.WrongValue(cell, value.ToString(), "a number", hint));
                return null;
        }
    }
}
