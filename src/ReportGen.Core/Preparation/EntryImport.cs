using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Preparation;

/// <summary>
/// Reads an entry workbook back into a dataset: each sheet by its captions, every value checked for its kind as it is
/// read, every problem located by sheet and cell (<c>entry.xlsx: Facts!F12</c>) and reported all at once. Where each part
/// of the dataset came from is kept, so that later checks on the dataset can point at the cell too.
/// </summary>
internal sealed partial class EntryImport
{
    private readonly EntryGrid grid;
    private readonly string path;
    private readonly DiagnosticBag bag = new();

    /// <summary>The cell each part of the dataset was read from, by JSON path (<c>$.facts["so.net_loss"].values["2Q03"]</c>).</summary>
    private readonly Dictionary<string, SourceLocation> places = new(StringComparer.Ordinal);

    private EntryImport(EntryGrid grid, string path)
    {
        this.grid = grid;
        this.path = path;
    }

    public static (DatasetFile Dataset, IReadOnlyDictionary<string, SourceLocation> Places) Read(EntryGrid grid, string path)
    {
        var import = new EntryImport(grid, path);
        var dataset = import.Read();
        return (dataset, import.places);
    }

    private DatasetFile Read()
    {
        foreach (var sheet in new[] { EntryLayout.Facts, EntryLayout.Release, EntryLayout.Periods }.Where(s => !grid.HasSheet(s)))
        {
            bag.Add(Messages.NotAnEntryWorkbook(new SourceLocation(path), $"it has no sheet '{sheet}' (it has {string.Join(", ", grid.Sheets.Select(s => $"'{s}'"))})"));
        }

        bag.ThrowIfErrors();
        var release = ReadRelease();
        var periods = ReadPeriods();
        var facts = ReadFacts(periods);
        var notes = ReadNotes();
        var pins = ReadPins();
        bag.ThrowIfErrors();
        return release with { Periods = periods, Facts = facts, Notes = notes, Pins = pins };
    }

    private SourceLocation Cell(string sheet, int row, int column) =>
        SourceLocation.Cell(path, sheet, $"{ColumnName(column)}{row.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Remembers the cell of a part of the dataset, and of each part above it not yet placed.</summary>
    private SourceLocation Place(SourceLocation cell, params string[] segments)
    {
        for (var depth = segments.Length; depth >= 0; depth--)
        {
            places.TryAdd(JsonLocator.ToJsonPath(JsonLocator.Pointer(segments.Take(depth))), cell);
        }

        return cell;
    }

    /// <summary>A cell's text, trimmed; a number or date written as text; null where it is empty.</summary>
    private static string? Text(EntryValue value) => value.Kind == EntryValueKind.Empty ? null : value.ToString().Trim() is { Length: > 0 } text ? text : null;

    private int? Integer(string sheet, int row, int column, string what)
    {
        var value = grid[sheet, row, column];
        if (value.Kind == EntryValueKind.Empty || (value.Kind == EntryValueKind.Text && Text(value) is null))
        {
            return null;
        }

        if (value.Number is { } number && decimal.Truncate(number) == number && Math.Abs(number) < int.MaxValue)
        {
            return (int)number;
        }

        if (value.Kind == EntryValueKind.Text && int.TryParse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        bag.Add(Messages.WrongValue(Cell(sheet, row, column), value.ToString(), "a whole number", $"type {what} as a whole number"));
        return null;
    }

    private DateOnly? Date(string sheet, int row, int column, string what)
    {
        var value = grid[sheet, row, column];
        if (value.Date is { } date)
        {
            return date;
        }

        var text = Text(value);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        bag.Add(Messages.WrongValue(Cell(sheet, row, column), text, "a date", $"type {what} as a date (yyyy-mm-dd)"));
        return null;
    }

    private decimal? Number(string sheet, int row, int column, string what)
    {
        var value = grid[sheet, row, column];
        if (value.Number is not null)
        {
            return Shown(value);
        }

        if (Text(value) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        bag.Add(Messages.WrongValue(Cell(sheet, row, column), text, "a number", $"type {what} as a number"));
        return null;
    }

    /// <summary>A number with the decimal places the cell shows it with, at least: 18 shown as 18.0 is 18.0, as the dataset had it.</summary>
    private static decimal Shown(EntryValue value)
    {
        var number = value.Number!.Value;
        return number.Scale >= value.Decimals
            ? number
            : decimal.Parse(number.ToString("F" + value.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Spreadsheet column letters: 1 is A, 27 is AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }
}
