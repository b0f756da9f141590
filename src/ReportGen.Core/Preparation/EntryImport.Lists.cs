using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Preparation;

internal sealed partial class EntryImport
{
    /// <summary>The Periods sheet: one period a row until the first row without a key.</summary>
    private List<PeriodEntry> ReadPeriods()
    {
        const string sheet = EntryLayout.Periods;
        var periods = new List<PeriodEntry>();
        for (var row = EntryLayout.FirstRow; Text(grid[sheet, row, 1]) is { } key; row++)
        {
            var at = Place(Cell(sheet, row, 1), "periods", key);
            var role = Text(grid[sheet, row, 2]);
            Place(Cell(sheet, row, 2), "periods", key, "role");
            var fiscalYear = Integer(sheet, row, 3, "the period's fiscal year");
            Place(Cell(sheet, row, 3), "periods", key, "fiscalYear");
            var quarter = Integer(sheet, row, 4, "the period's quarter");
            Place(Cell(sheet, row, 4), "periods", key, "quarter");
            var start = Date(sheet, row, 5, "the period's first day");
            Place(Cell(sheet, row, 5), "periods", key, "start");
            var end = Date(sheet, row, 6, "the period's last day");
            Place(Cell(sheet, row, 6), "periods", key, "end");
            var missing = new[] { (role is null, 2, "role"), (fiscalYear is null, 3, "fiscalYear"), (start is null, 5, "start"), (end is null, 6, "end") };
            foreach (var (_, column, what) in missing.Where(m => m.Item1 && grid[sheet, row, m.Item2].Kind == EntryValueKind.Empty))
            {
                bag.Add(Messages.MissingValue(Cell(sheet, row, column), $"the {what} of period '{key}'", "every period needs a role, a fiscal year, a start and an end"));
            }

            periods.Add(new PeriodEntry(key, role ?? "", fiscalYear ?? 0, quarter, start ?? default, end ?? default, at));
        }

        return periods;
    }

    /// <summary>The Notes sheet: one note a row, its text in each language column (<c>text (ja)</c>) that has one.</summary>
    private Dictionary<string, IReadOnlyDictionary<string, string>> ReadNotes()
    {
        const string sheet = EntryLayout.Notes;
        var notes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var languages = Enumerable.Range(2, Math.Max(0, grid.LastColumn(sheet) - 1))
            .Select(c => (Column: c, Caption: Text(grid[sheet, EntryLayout.HeaderRow, c]) ?? ""))
            .Where(x => x.Caption.StartsWith("text (", StringComparison.Ordinal) && x.Caption.EndsWith(')'))
            .Select(x => (x.Column, Language: x.Caption[6..^1]))
            .ToList();
        for (var row = EntryLayout.FirstRow; Text(grid[sheet, row, 1]) is { } id; row++)
        {
            var text = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (column, language) in languages)
            {
                if (Text(grid[sheet, row, column]) is { } value)
                {
                    text[language] = value;
                    Place(Cell(sheet, row, column), "notes", id, language);
                }
            }

            Place(Cell(sheet, row, 1), "notes", id);
            if (!notes.TryAdd(id, text))
            {
                bag.Add(Messages.NotAnEntryWorkbook(Cell(sheet, row, 1), $"note '{id}' is given twice"));
            }
        }

        return notes;
    }

    /// <summary>The Pins sheet: one pin a row until the first empty row.</summary>
    private List<PinEntry> ReadPins()
    {
        const string sheet = EntryLayout.Pins;
        var pins = new List<PinEntry>();
        for (var row = EntryLayout.FirstRow; Enumerable.Range(1, 7).Any(c => Text(grid[sheet, row, c]) is not null); row++)
        {
            var index = (row - EntryLayout.FirstRow).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string Field(int column, string name, bool required)
            {
                var cell = Place(Cell(sheet, row, column), "pins", index, name);
                var text = Text(grid[sheet, row, column]);
                if (text is null && required)
                {
                    bag.Add(Messages.MissingValue(cell, $"the pin's {name}", "a pin needs its item, period, measure, value and reason"));
                }

                return text ?? "";
            }

            var at = Place(Cell(sheet, row, 1), "pins", index);
            var item = Field(1, "item", true);
            var period = Field(2, "period", true);
            var measure = Field(3, "measure", true);
            var basePeriod = Field(4, "base", false);
            var scale = Field(5, "scale", false);
            Field(6, "value", true);
            var value = Number(sheet, row, 6, "the pinned figure");
            var reason = Field(7, "reason", true);
            pins.Add(new PinEntry(item, period, measure, basePeriod.Length == 0 ? null : basePeriod, scale.Length == 0 ? null : scale, value ?? 0m, reason, at));
        }

        return pins;
    }
}
