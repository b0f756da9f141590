using System.Globalization;
using ReportGen.Binding;
using ReportGen.Input;

namespace ReportGen.Preparation;

/// <summary>
/// Lays a dataset out as an entry workbook for its pack: the Facts sheet (one row per fact with its labels in every
/// language, id and unit; per period a column to type in, and beside each relation's total its components' live sum and
/// a check), then the Release, Periods, Notes and Pins sheets that hold the rest of the dataset.
/// </summary>
internal sealed partial class EntryBook
{
    private readonly PackPlan pack;
    private readonly DatasetFile dataset;

    private EntryBook(PackPlan pack, DatasetFile dataset)
    {
        this.pack = pack;
        this.dataset = dataset;
    }

    public static EntryWorkbook Build(PackPlan pack, DatasetFile dataset) => new EntryBook(pack, dataset).Build();

    private EntryWorkbook Build()
    {
        var current = dataset.Periods.FirstOrDefault(p => p.Role == ReleasePlan.CurrentRole) ?? dataset.Periods[0];
        var day = dataset.ReleaseDate ?? current.End;
        var name = dataset.Company.Name.Values.FirstOrDefault() ?? dataset.Company.Id;
        return new EntryWorkbook(
            $"{name}: figures for {current.Key}",
            name,
            new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            [FactsSheet(current), ReleaseSheet(), PeriodsSheet(), NotesSheet(), PinsSheet()]);
    }

    /// <summary>The dataset's facts in its order, then any the pack needs that it lacks, empty, in the unit the pack declares.</summary>
    private List<FactEntry> Facts()
    {
        var facts = dataset.Facts.ToList();
        foreach (var need in FactNeeds.Of(pack).Where(n => facts.All(f => f.Id != n.Id) && pack.FactUnits.ContainsKey(n.Id)))
        {
            var values = dataset.Periods.Where(p => need.Roles.Contains(p.Role)).Select(p => new FactValueEntry(p.Key, null, dataset.Root)).ToList();
            facts.Add(new FactEntry(need.Id, pack.FactUnits[need.Id].Name, values, dataset.Root));
        }

        return facts;
    }

    private static EntryCell Header(int row, int column, string text) => new(row, column, EntryCellKind.Header, text);

    private static EntryCell Label(int row, int column, string text) => new(row, column, EntryCellKind.Label, text);

    private static EntryCell TextInput(int row, int column, string? text) => new(row, column, EntryCellKind.Input, text);

    private static EntryCell NumberInput(int row, int column, decimal? value, EntryInput input = EntryInput.Number) =>
        new(row, column, EntryCellKind.Input, Number: value, Input: input, Decimals: value is { } v ? v.Scale : 0);

    private static EntryCell DateInput(int row, int column, DateOnly? date) => new(row, column, EntryCellKind.Input, Date: date, Input: EntryInput.Date);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
