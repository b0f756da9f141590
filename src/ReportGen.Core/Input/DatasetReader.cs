using System.Globalization;
using System.Text.Json;
using Json.Schema;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>Reads a dataset file: JSON syntax, then the JSON Schema, then the values a schema cannot check. Every problem is located.</summary>
internal static class DatasetReader
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    public static DatasetFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportGenException(Messages.FileNotFound(path, "dataset"));
        }

        return Parse(File.ReadAllBytes(path), path);
    }

    public static DatasetFile Parse(byte[] utf8, string displayPath)
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

    private static DatasetFile Build(JsonElement root, string path, Func<string, SourceLocation> at, DiagnosticBag bag)
    {
        var company = root.GetProperty("company");
        var name = ReadLocalized(company.GetProperty("name"));
        var shortName = company.TryGetProperty("shortName", out var sn) ? ReadLocalized(sn) : null;

        var periods = new List<PeriodEntry>();
        foreach (var property in root.GetProperty("periods").EnumerateObject())
        {
            var p = property.Value;
            var pointer = "/periods/" + Escape(property.Name);
            periods.Add(new PeriodEntry(
                property.Name,
                p.GetProperty("role").GetString()!,
                p.GetProperty("fiscalYear").GetInt32(),
                p.TryGetProperty("quarter", out var q) ? q.GetInt32() : null,
                ReadDate(p.GetProperty("start"), at(pointer + "/start"), bag),
                ReadDate(p.GetProperty("end"), at(pointer + "/end"), bag),
                at(pointer)));
        }

        var facts = new List<FactEntry>();
        foreach (var property in root.GetProperty("facts").EnumerateObject())
        {
            var pointer = "/facts/" + Escape(property.Name);
            var values = new List<FactValueEntry>();
            foreach (var value in property.Value.GetProperty("values").EnumerateObject())
            {
                var location = at($"{pointer}/values/{Escape(value.Name)}");
                if (value.Value.ValueKind == JsonValueKind.Null)
                {
                    values.Add(new FactValueEntry(value.Name, null, location));
                    continue;
                }

                if (!value.Value.TryGetDecimal(out var number))
                {
                    bag.Add(Messages.BadNumber(location, $"'{value.Value.GetRawText()}' is not a number ReportGen can hold exactly"));
                    continue;
                }

                values.Add(new FactValueEntry(value.Name, number, location));
            }

            facts.Add(new FactEntry(property.Name, property.Value.GetProperty("unit").GetString()!, values, at(pointer)));
        }

        ConvenienceEntry? convenience = null;
        if (root.TryGetProperty("convenienceTranslation", out var ct))
        {
            convenience = new ConvenienceEntry(
                ct.GetProperty("currency").GetString()!,
                ct.GetProperty("rate") is { ValueKind: JsonValueKind.Number } rate ? rate.GetDecimal() : null,
                ReadDate(ct.GetProperty("date"), at("/convenienceTranslation/date"), bag),
                at("/convenienceTranslation"));
        }

        var fiscalYear = root.GetProperty("fiscalYear");
        return new DatasetFile(
            path,
            new CompanyEntry(
                company.GetProperty("id").GetString()!,
                name,
                shortName,
                company.GetProperty("ticker").GetString()!,
                company.TryGetProperty("exchange", out var ex) ? ex.GetString() : null,
                at("/company")),
            fiscalYear.GetProperty("year").GetInt32(),
            ReadDate(fiscalYear.GetProperty("endDate"), at("/fiscalYear/endDate"), bag),
            root.GetProperty("quarter").GetInt32(),
            root.GetProperty("releaseDate") is { ValueKind: JsonValueKind.Null } ? null : ReadDate(root.GetProperty("releaseDate"), at("/releaseDate"), bag),
            root.GetProperty("currency").GetString()!,
            periods,
            convenience,
            facts,
            ReadPins(root, at),
            root.TryGetProperty("notes", out var notes)
                ? notes.EnumerateObject().ToDictionary(n => n.Name, n => (IReadOnlyDictionary<string, string>)ReadLocalized(n.Value), StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal),
            at(""),
            root.TryGetProperty("$schema", out var schema) ? schema.GetString() : null,
            at("/releaseDate"));
    }

    private static List<PinEntry> ReadPins(JsonElement root, Func<string, SourceLocation> at)
    {
        var pins = new List<PinEntry>();
        if (!root.TryGetProperty("pins", out var array))
        {
            return pins;
        }

        var index = 0;
        foreach (var p in array.EnumerateArray())
        {
            pins.Add(new PinEntry(
                p.GetProperty("item").GetString()!,
                p.GetProperty("period").GetString()!,
                p.GetProperty("measure").GetString()!,
                p.TryGetProperty("base", out var b) ? b.GetString() : null,
                p.TryGetProperty("scale", out var s) ? s.GetString() : null,
                p.GetProperty("value").GetDecimal(),
                p.GetProperty("reason").GetString()!,
                at($"/pins/{index++}")));
        }

        return pins;
    }

    private static Dictionary<string, string> ReadLocalized(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static DateOnly ReadDate(JsonElement element, SourceLocation location, DiagnosticBag bag)
    {
        if (DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        bag.Add(Messages.SchemaViolation(location, $"'{element.GetString()}' is not a calendar date (yyyy-MM-dd)"));
        return default;
    }

    private static string Escape(string segment) =>
        segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(DatasetReader).Assembly.GetManifestResourceStream("schema/dataset.schema.json")
            ?? throw new InvalidOperationException("The dataset schema is not embedded in ReportGen.Core.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
