using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Preparation;

internal sealed partial class EntryImport
{
    private static readonly string[] Fields =
    [
        "$schema", "templates", "company.id", "company.ticker", "company.exchange", "fiscalYear.year", "fiscalYear.endDate", "quarter",
        "releaseDate", "currency", "convenienceTranslation.currency", "convenienceTranslation.rate", "convenienceTranslation.date",
    ];

    /// <summary>The Release sheet: one field a row, by its name in the first column.</summary>
    private DatasetFile ReadRelease()
    {
        const string sheet = EntryLayout.Release;
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = EntryLayout.FirstRow; row <= grid.LastRow(sheet); row++)
        {
            if (Text(grid[sheet, row, 1]) is not { } field)
            {
                continue;
            }

            if (!Fields.Contains(field) && !field.StartsWith("company.name.", StringComparison.Ordinal) && !field.StartsWith("company.shortName.", StringComparison.Ordinal))
            {
                bag.Add(Messages.NotAnEntryWorkbook(Cell(sheet, row, 1), $"'{field}' is not a field of a dataset"));
            }
            else if (!rows.TryAdd(field, row))
            {
                bag.Add(Messages.NotAnEntryWorkbook(Cell(sheet, row, 1), $"field '{field}' is given twice (also in row {rows[field]})"));
            }
        }

        SourceLocation At(string field) => rows.TryGetValue(field, out var row) ? Place(Cell(sheet, row, 2), field.Split('.')) : Cell(sheet, 1, 1);
        string? Optional(string field) => rows.TryGetValue(field, out var row) ? Text(grid[sheet, row, 2]) : null;
        bool Given(string field, bool given, string hint)
        {
            var at = At(field);
            if (!given)
            {
                bag.Add(Messages.MissingValue(at, field, hint));
            }

            return given;
        }

        string Required(string field, string? value, string hint) => Given(field, value is not null, hint) ? value! : "";
        T RequiredValue<T>(string field, T? value, string hint)
            where T : struct => Given(field, value is not null, hint) ? value!.Value : default;

        int? IntegerField(string field, string what) => rows.TryGetValue(field, out var row) ? Integer(sheet, row, 2, what) : null;
        DateOnly? DateField(string field, string what) => rows.TryGetValue(field, out var row) ? Date(sheet, row, 2, what) : null;

        Dictionary<string, string>? Localized(string prefix)
        {
            var text = rows.Keys.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(f => rows[f])
                .Select(f => (Language: f[prefix.Length..], Text: Optional(f), At: At(f)))
                .Where(x => x.Text is not null)
                .ToDictionary(x => x.Language, x => x.Text!, StringComparer.Ordinal);
            return text.Count > 0 ? text : null;
        }

        var name = Localized("company.name.");
        if (name is null)
        {
            bag.Add(Messages.MissingValue(rows.Keys.FirstOrDefault(f => f.StartsWith("company.name.", StringComparison.Ordinal)) is { } first ? At(first) : Cell(sheet, 1, 1), "company.name", "type the company's name in each language of the release"));
        }

        var company = new CompanyEntry(
            Required("company.id", Optional("company.id"), "type the company's id (lowercase letters and digits), used in file names"),
            name ?? [],
            Localized("company.shortName."),
            Required("company.ticker", Optional("company.ticker"), "type the ticker symbol"),
            Optional("company.exchange"),
            Place(Cell(sheet, rows.GetValueOrDefault("company.id", 1), 2), "company"),
            Place(Cell(sheet, rows.GetValueOrDefault("company.id", 1), 2), "company.id"));
        At("company.exchange");
        At("$schema");
        At("templates");
        var year = RequiredValue("fiscalYear.year", IntegerField("fiscalYear.year", "the fiscal year"), "type the year that names the fiscal year (2003)");
        var end = RequiredValue("fiscalYear.endDate", DateField("fiscalYear.endDate", "the fiscal year's last day"), "type the fiscal year's last day (yyyy-mm-dd)");
        var quarter = RequiredValue("quarter", IntegerField("quarter", "the quarter"), "type the quarter released, 1 to 4");
        var releaseDate = RequiredValue("releaseDate", DateField("releaseDate", "the release date"), "type the date the release is published (yyyy-mm-dd)");
        var currency = Required("currency", Optional("currency"), "type the ISO code of the currency the company reports in (JPY)");

        ConvenienceEntry? convenience = null;
        var translation = (Currency: Optional("convenienceTranslation.currency"), Rate: rows.TryGetValue("convenienceTranslation.rate", out var rateRow) ? Number(sheet, rateRow, 2, "the rate") : null, Date: DateField("convenienceTranslation.date", "the rate's date"));
        if (translation != (null, null, null))
        {
            convenience = new ConvenienceEntry(
                Required("convenienceTranslation.currency", translation.Currency, "type the currency amounts are translated into (USD), or clear the translation's three fields"),
                RequiredValue("convenienceTranslation.rate", translation.Rate, "type the rate, or clear the translation's three fields"),
                RequiredValue("convenienceTranslation.date", translation.Date, "type the rate's date, or clear the translation's three fields"),
                Place(Cell(sheet, rows.GetValueOrDefault("convenienceTranslation.currency", 1), 2), "convenienceTranslation"));
        }

        return new DatasetFile(
            path,
            company,
            year,
            end,
            quarter,
            releaseDate,
            currency,
            [],
            convenience,
            [],
            [],
            new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal),
            [],
            new SourceLocation(path),
            "",
            Optional("$schema"),
            At("releaseDate"),
            Optional("templates"));
    }
}
