using ReportGen.Input;

namespace ReportGen.Preparation;

internal sealed partial class EntryBook
{
    /// <summary>Everything of the dataset that is not a period or a fact: one field a row, with what the schema says of it.</summary>
    private EntrySheet ReleaseSheet()
    {
        var company = dataset.Company;
        var languages = pack.Languages.Select(l => l.Tag).ToList();
        var fields = new List<(string Field, Func<int, EntryCell> Value)>
        {
            ("$schema", r => TextInput(r, 2, dataset.Schema)),
            ("templates", r => TextInput(r, 2, dataset.Templates)),
            ("company.id", r => TextInput(r, 2, company.Id)),
        };
        fields.AddRange(Languages(company.Name, languages).Select(l => ($"company.name.{l}", (Func<int, EntryCell>)(r => TextInput(r, 2, company.Name.GetValueOrDefault(l))))));
        fields.AddRange(Languages(company.ShortName, languages).Select(l => ($"company.shortName.{l}", (Func<int, EntryCell>)(r => TextInput(r, 2, company.ShortName?.GetValueOrDefault(l))))));
        fields.Add(("company.ticker", r => TextInput(r, 2, company.Ticker)));
        fields.Add(("company.exchange", r => TextInput(r, 2, company.Exchange)));
        fields.Add(("fiscalYear.year", r => NumberInput(r, 2, dataset.FiscalYear, EntryInput.Integer)));
        fields.Add(("fiscalYear.endDate", r => DateInput(r, 2, dataset.FiscalYearEnd)));
        fields.Add(("quarter", r => NumberInput(r, 2, dataset.Quarter, EntryInput.Integer)));
        fields.Add(("releaseDate", r => DateInput(r, 2, dataset.ReleaseDate)));
        fields.Add(("currency", r => TextInput(r, 2, dataset.Currency)));
        var convenience = dataset.Convenience;
        fields.Add(("convenienceTranslation.currency", r => TextInput(r, 2, convenience?.Currency)));
        fields.Add(("convenienceTranslation.rate", r => NumberInput(r, 2, convenience?.Rate) with { Decimals = convenience?.Rate?.Scale ?? 2 }));
        fields.Add(("convenienceTranslation.date", r => DateInput(r, 2, convenience?.Date)));

        var cells = EntryLayout.ReleaseCaptions.Select((c, i) => Header(EntryLayout.HeaderRow, i + 1, c)).ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            var row = EntryLayout.FirstRow + i;
            cells.Add(Label(row, 1, fields[i].Field));
            cells.Add(fields[i].Value(row));
            cells.Add(new EntryCell(row, 3, EntryCellKind.Note, SchemaText.Description(fields[i].Field)));
        }

        return new EntrySheet(EntryLayout.Release, cells, [34, 40, 120], 1, 1, Protected: false);
    }

    private EntrySheet PeriodsSheet()
    {
        var cells = EntryLayout.PeriodCaptions.Select((c, i) => Header(EntryLayout.HeaderRow, i + 1, c)).ToList();
        var roles = pack.Roles.Keys.ToList();
        for (var i = 0; i < dataset.Periods.Count; i++)
        {
            var period = dataset.Periods[i];
            var row = EntryLayout.FirstRow + i;
            cells.Add(TextInput(row, 1, period.Key));
            cells.Add(new EntryCell(row, 2, EntryCellKind.Input, period.Role, Input: EntryInput.Choice, Choices: roles));
            cells.Add(NumberInput(row, 3, period.FiscalYear, EntryInput.Integer));
            cells.Add(NumberInput(row, 4, period.Quarter, EntryInput.Integer));
            cells.Add(DateInput(row, 5, period.Start));
            cells.Add(DateInput(row, 6, period.End));
        }

        return new EntrySheet(EntryLayout.Periods, cells, [14, 16, 12, 10, 13, 13], 1, 1, Protected: false);
    }

    private EntrySheet NotesSheet()
    {
        var languages = dataset.Notes.Values.SelectMany(n => n.Keys).Concat(pack.Languages.Select(l => l.Tag)).Distinct(StringComparer.Ordinal).ToList();
        var cells = new List<EntryCell> { Header(EntryLayout.HeaderRow, 1, EntryLayout.Id) };
        cells.AddRange(languages.Select((l, i) => Header(EntryLayout.HeaderRow, i + 2, EntryLayout.Text(l))));
        var row = EntryLayout.FirstRow;
        foreach (var (id, text) in dataset.Notes)
        {
            cells.Add(TextInput(row, 1, id));
            cells.AddRange(languages.Select((l, i) => TextInput(row, i + 2, text.GetValueOrDefault(l))));
            row++;
        }

        return new EntrySheet(EntryLayout.Notes, cells, languages.Select(_ => 80.0).Prepend(20).ToList(), 1, 1, Protected: false);
    }

    private EntrySheet PinsSheet()
    {
        var cells = EntryLayout.PinCaptions.Select((c, i) => Header(EntryLayout.HeaderRow, i + 1, c)).ToList();
        for (var i = 0; i < dataset.Pins.Count; i++)
        {
            var pin = dataset.Pins[i];
            var row = EntryLayout.FirstRow + i;
            cells.Add(TextInput(row, 1, pin.Item));
            cells.Add(TextInput(row, 2, pin.Period));
            cells.Add(new EntryCell(row, 3, EntryCellKind.Input, pin.Measure, Input: EntryInput.Choice, Choices: EntryLayout.Measures));
            cells.Add(TextInput(row, 4, pin.Base));
            cells.Add(TextInput(row, 5, pin.Scale));
            cells.Add(NumberInput(row, 6, pin.Value));
            cells.Add(TextInput(row, 7, pin.Reason));
        }

        return new EntrySheet(EntryLayout.Pins, cells, [34, 10, 13, 10, 15, 12, 120], 1, 1, Protected: false);
    }

    /// <summary>The languages of a text as the dataset has them, then the pack's it lacks: a row for each.</summary>
    private static List<string> Languages(IReadOnlyDictionary<string, string>? text, List<string> pack) =>
        (text?.Keys ?? []).Concat(pack).Distinct(StringComparer.Ordinal).ToList();
}
