using System.Globalization;
using System.Text.Json;
using Json.Schema;
using ReportGen.Diagnostics;

namespace ReportGen.Dataset;

/// <summary>Reads a dataset file: JSON syntax, then the JSON Schema, then the checks a schema cannot express. Every problem is located.</summary>
public static class DatasetLoader
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    public static QuarterlyDataset Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportGenException(Messages.FileNotFound(path, "dataset"));
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    public static QuarterlyDataset Parse(byte[] utf8, string displayPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            var (line, column) = JsonLocator.FromException(utf8, exception);
            var detail = exception.Message;
            var cut = detail.IndexOf(" LineNumber:", StringComparison.Ordinal);
            cut = cut < 0 ? detail.IndexOf(" Path:", StringComparison.Ordinal) : cut;
            throw new ReportGenException(Messages.JsonSyntax(new SourceLocation(displayPath, line, column), cut > 0 ? detail[..cut] : detail));
        }

        using (document)
        {
            var locator = JsonLocator.Scan(utf8);
            SourceLocation At(string pointer)
            {
                var (line, column) = locator.Find(pointer);
                return new SourceLocation(displayPath, line, column, JsonLocator.ToJsonPath(pointer));
            }

            var bag = new DiagnosticBag();
            ValidateSchema(document.RootElement, At, bag);
            bag.ThrowIfErrors();
            var dataset = Build(document.RootElement, displayPath, At, bag);
            bag.ThrowIfErrors();
            return dataset;
        }
    }

    private static void ValidateSchema(JsonElement root, Func<string, SourceLocation> at, DiagnosticBag bag)
    {
        var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                var text = Explain(keyword, message, detail.EvaluationPath.ToString());
                if (seen.Add(pointer + "|" + text))
                {
                    bag.Add(Messages.SchemaViolation(at(pointer), text));
                }
            }
        }
    }

    private static string Explain(string keyword, string message, string schemaPath) => keyword switch
    {
        "type" => $"wrong type: {message}",
        "required" => message,
        "additionalProperties" or "false" => $"unexpected property ({schemaPath}): it is not part of the dataset format",
        "enum" => $"not one of the allowed values: {message}",
        _ => $"{keyword}: {message}",
    };

    private static QuarterlyDataset Build(JsonElement root, string path, Func<string, SourceLocation> at, DiagnosticBag bag)
    {
        var company = root.GetProperty("company");
        var name = ReadLocalized(company.GetProperty("name"));
        var shortName = company.TryGetProperty("shortName", out var sn) ? ReadLocalized(sn) : name;

        var periods = new List<Period>();
        foreach (var property in root.GetProperty("periods").EnumerateObject())
        {
            var p = property.Value;
            _ = PeriodRoleNames.TryParse(p.GetProperty("role").GetString(), out var role);
            periods.Add(new Period(
                property.Name,
                role,
                p.GetProperty("fiscalYear").GetInt32(),
                p.GetProperty("quarter").GetInt32(),
                ReadDate(p.GetProperty("start"), at($"/periods/{property.Name}/start"), bag),
                ReadDate(p.GetProperty("end"), at($"/periods/{property.Name}/end"), bag)));
        }

        foreach (var role in Enum.GetValues<PeriodRole>())
        {
            var count = periods.Count(p => p.Role == role);
            if (count != 1)
            {
                bag.Add(Messages.PeriodRoles(at("/periods"), $"exactly one period must have role \"{role.Name()}\"; found {count}"));
            }
        }

        var periodKeys = periods.Select(p => p.Key).ToList();
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("facts").EnumerateObject())
        {
            var pointer = "/facts/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            _ = UnitExtensions.TryParse(property.Value.GetProperty("unit").GetString(), out var unit);
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var value in property.Value.GetProperty("values").EnumerateObject())
            {
                var valuePointer = $"{pointer}/values/{value.Name}";
                if (!periodKeys.Contains(value.Name))
                {
                    bag.Add(Messages.UnknownPeriod(at(valuePointer), property.Name, value.Name, periodKeys));
                    continue;
                }

                if (!value.Value.TryGetDecimal(out var number))
                {
                    bag.Add(Messages.BadNumber(at(valuePointer), $"'{value.Value.GetRawText()}' is not a number ReportGen can hold exactly"));
                    continue;
                }

                values[value.Name] = number;
            }

            facts[property.Name] = new Fact(property.Name, unit, values, at(pointer));
        }

        ConvenienceTranslation? convenience = null;
        if (root.TryGetProperty("convenienceTranslation", out var ct))
        {
            convenience = new ConvenienceTranslation(
                ct.GetProperty("currency").GetString()!,
                ct.GetProperty("rate").GetDecimal(),
                ReadDate(ct.GetProperty("date"), at("/convenienceTranslation/date"), bag));
        }

        var pins = ReadPins(root, at, bag, facts, periodKeys);
        var fiscalYear = root.GetProperty("fiscalYear");
        return new QuarterlyDataset(
            path,
            new Company(company.GetProperty("id").GetString()!, name, shortName, company.GetProperty("ticker").GetString()!, company.TryGetProperty("exchange", out var ex) ? ex.GetString() : null),
            fiscalYear.GetProperty("year").GetInt32(),
            ReadDate(fiscalYear.GetProperty("endDate"), at("/fiscalYear/endDate"), bag),
            root.GetProperty("quarter").GetInt32(),
            ReadDate(root.GetProperty("releaseDate"), at("/releaseDate"), bag),
            root.GetProperty("currency").GetString()!,
            periods,
            convenience,
            facts,
            pins,
            root.TryGetProperty("notes", out var notes)
                ? notes.EnumerateObject().ToDictionary(n => n.Name, n => ReadLocalized(n.Value), StringComparer.Ordinal)
                : new Dictionary<string, Localized>(StringComparer.Ordinal));
    }

    private static List<Pin> ReadPins(JsonElement root, Func<string, SourceLocation> at, DiagnosticBag bag, Dictionary<string, Fact> facts, List<string> periodKeys)
    {
        var pins = new List<Pin>();
        if (!root.TryGetProperty("pins", out var array))
        {
            return pins;
        }

        var index = 0;
        foreach (var p in array.EnumerateArray())
        {
            var location = at($"/pins/{index++}");
            var measure = Enum.Parse<PinMeasure>(p.GetProperty("measure").GetString()!, ignoreCase: true);
            var period = p.GetProperty("period").GetString()!;
            var basePeriod = p.TryGetProperty("base", out var b) ? b.GetString() : null;
            if (!periodKeys.Contains(period) || (basePeriod is not null && !periodKeys.Contains(basePeriod)))
            {
                bag.Add(Messages.BadPin(location, $"unknown period '{(periodKeys.Contains(period) ? basePeriod : period)}' (declared: {string.Join(", ", periodKeys)})"));
            }

            if (measure == PinMeasure.Change && basePeriod is null)
            {
                bag.Add(Messages.BadPin(location, "a pinned change needs its \"base\" period"));
            }

            pins.Add(new Pin(
                p.GetProperty("item").GetString()!,
                period,
                measure,
                basePeriod,
                p.TryGetProperty("scale", out var s) ? s.GetString() : null,
                p.GetProperty("value").GetDecimal(),
                p.GetProperty("reason").GetString()!,
                location));
        }

        return pins;
    }

    private static Localized ReadLocalized(JsonElement element) =>
        new(element.GetProperty("ja").GetString()!, element.GetProperty("en").GetString()!);

    private static DateOnly ReadDate(JsonElement element, SourceLocation location, DiagnosticBag bag)
    {
        if (DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bag.Add(Messages.SchemaViolation(location, $"'{element.GetString()}' is not a calendar date (yyyy-MM-dd)"));
        return default;
    }

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(DatasetLoader).Assembly.GetManifestResourceStream("schema/dataset.schema.json")
            ?? throw new InvalidOperationException("The dataset schema is not embedded in ReportGen.Core.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
