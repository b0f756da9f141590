using System.Globalization;
using System.Text.Json;
using Json.Schema;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>Reads a dataset file: JSON syntax, then the JSON Schema, then the values a schema cannot check. Every problem is located.</summary>
internal static class DatasetReader
{
    private static readonly Lazy<string> SchemaText = new(ReadSchemaText);
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>
    /// One options object for every evaluation, and one evaluation at a time: JsonSchema.Net rebuilds a schema's cached
    /// constraints when it is given new options, and evaluations of one schema on several threads (a batch's jobs) have
    /// corrupted that cache (json-everything issues 693 and 929).
    /// </summary>
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    private static readonly Lock EvaluationGate = new();

    public static DatasetFile Read(string path)
    {
        return Parse(InputFile.ReadAllBytes(path, "dataset", Limits.DatasetBytes), path);
    }

    public static DatasetFile Parse(byte[] utf8, string displayPath)
    {
        if (InputFile.FirstInvalidUtf8(utf8) is { } bad)
        {
            throw new ReportGenException(Messages.NotUtf8(new SourceLocation(displayPath, bad.Line, bad.Column), "dataset"));
        }

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
            var bag = new DiagnosticBag();
            var locator = JsonLocator.Scan(utf8, displayPath, bag);
            bag.ThrowIfErrors();
            SourceLocation At(string pointer)
            {
                var (line, column) = locator.Find(pointer);
                return new SourceLocation(displayPath, line, column, JsonLocator.ToJsonPath(pointer));
            }

            ValidateSchema(document.RootElement, At, bag);
            bag.ThrowIfErrors();
            var dataset = Build(document.RootElement, utf8, displayPath, At, bag);
            bag.ThrowIfErrors();
            return dataset;
        }
    }

    private static void ValidateSchema(JsonElement root, Func<string, SourceLocation> at, DiagnosticBag bag)
    {
        EvaluationResults results;
        lock (EvaluationGate)
        {
            results = Schema.Value.Evaluate(root, Evaluation);
        }

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
                var text = Explain(keyword, message, detail.EvaluationPath.ToString(), Description(detail.SchemaLocation));
                if (seen.Add(pointer + "|" + text))
                {
                    bag.Add(Messages.SchemaViolation(at(pointer), text));
                }
            }
        }
    }

    private static string Explain(string keyword, string message, string schemaPath, string? description) => keyword switch
    {
        "pattern" => description is null ? "not in the form the dataset format requires" : $"not in the form the dataset format requires: {description}",
        "type" => $"wrong type: {message}",
        "required" => message,
        "additionalProperties" or "false" => $"unexpected property ({schemaPath}): it is not part of the dataset format",
        "enum" => $"not one of the allowed values: {message}",
        _ => $"{keyword}: {message}",
    };

    private static DatasetFile Build(JsonElement root, byte[] utf8, string path, Func<string, SourceLocation> at, DiagnosticBag bag)
    {
        var texts = new List<LocatedText>();
        var company = root.GetProperty("company");
        var name = ReadLocalized(company.GetProperty("name"), "/company/name", at, texts);
        var shortName = company.TryGetProperty("shortName", out var sn) ? ReadLocalized(sn, "/company/shortName", at, texts) : null;
        var ticker = ReadText(company.GetProperty("ticker"), "/company/ticker", at, texts);
        var exchange = company.TryGetProperty("exchange", out var ex) ? ReadText(ex, "/company/exchange", at, texts) : null;

        var periods = new List<PeriodEntry>();
        foreach (var property in root.GetProperty("periods").EnumerateObject())
        {
            var p = property.Value;
            var pointer = "/periods/" + Escape(property.Name);
            periods.Add(new PeriodEntry(
                property.Name,
                p.GetProperty("role").GetString()!,
                ReadWhole(p.GetProperty("fiscalYear"), at(pointer + "/fiscalYear"), bag),
                p.TryGetProperty("quarter", out var q) ? ReadWhole(q, at(pointer + "/quarter"), bag) : null,
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
                    // Not known yet: the binder names every value still to be entered, by period.
                    values.Add(new FactValueEntry(value.Name, null, location));
                    continue;
                }

                if (ReadValue(value.Value, location, bag) is { } number)
                {
                    values.Add(new FactValueEntry(value.Name, number, location));
                }
            }

            facts.Add(new FactEntry(property.Name, property.Value.GetProperty("unit").GetString()!, values, at(pointer)));
        }

        ConvenienceEntry? convenience = null;
        if (root.TryGetProperty("convenienceTranslation", out var ct))
        {
            convenience = new ConvenienceEntry(
                ct.GetProperty("currency").GetString()!,
                ct.GetProperty("rate") is { ValueKind: JsonValueKind.Null } ? null : ReadValue(ct.GetProperty("rate"), at("/convenienceTranslation/rate"), bag) ?? 1m,
                ReadDate(ct.GetProperty("date"), at("/convenienceTranslation/date"), bag),
                at("/convenienceTranslation"));
        }

        var fiscalYear = root.GetProperty("fiscalYear");
        return new DatasetFile(
            path,
            new CompanyEntry(company.GetProperty("id").GetString()!, name, shortName, ticker, exchange, at("/company"), at("/company/id")),
            ReadWhole(fiscalYear.GetProperty("year"), at("/fiscalYear/year"), bag),
            ReadDate(fiscalYear.GetProperty("endDate"), at("/fiscalYear/endDate"), bag),
            ReadWhole(root.GetProperty("quarter"), at("/quarter"), bag),
            root.GetProperty("releaseDate") is { ValueKind: JsonValueKind.Null } ? null : ReadDate(root.GetProperty("releaseDate"), at("/releaseDate"), bag),
            root.GetProperty("currency").GetString()!,
            periods,
            convenience,
            facts,
            ReadPins(root, at, bag),
            root.TryGetProperty("notes", out var notes)
                ? notes.EnumerateObject().ToDictionary(n => n.Name, n => (IReadOnlyDictionary<string, string>)ReadLocalized(n.Value, "/notes/" + Escape(n.Name), at, texts), StringComparer.Ordinal)
                : new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal),
            texts,
            at(""),
            Fingerprints.Of(utf8),
            root.TryGetProperty("$schema", out var schema) ? schema.GetString() : null,
            at("/releaseDate"),
            root.TryGetProperty("templates", out var templates) ? templates.GetString() : null);
    }

    private static List<PinEntry> ReadPins(JsonElement root, Func<string, SourceLocation> at, DiagnosticBag bag)
    {
        var pins = new List<PinEntry>();
        if (!root.TryGetProperty("pins", out var array))
        {
            return pins;
        }

        var index = 0;
        foreach (var p in array.EnumerateArray())
        {
            var pointer = $"/pins/{index++}";
            pins.Add(new PinEntry(
                p.GetProperty("item").GetString()!,
                p.GetProperty("period").GetString()!,
                p.GetProperty("measure").GetString()!,
                p.TryGetProperty("base", out var b) ? b.GetString() : null,
                p.TryGetProperty("scale", out var s) ? s.GetString() : null,
                ReadValue(p.GetProperty("value"), at(pointer + "/value"), bag) ?? 0m,
                p.GetProperty("reason").GetString()!,
                at(pointer)));
        }

        return pins;
    }

    /// <summary>A text in each language; each is remembered with its place, to be checked against the fonts that print it.</summary>
    private static Dictionary<string, string> ReadLocalized(JsonElement element, string pointer, Func<string, SourceLocation> at, List<LocatedText> texts) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => ReadText(p.Value, pointer + "/" + Escape(p.Name), at, texts), StringComparer.Ordinal);

    private static string ReadText(JsonElement element, string pointer, Func<string, SourceLocation> at, List<LocatedText> texts)
    {
        var text = element.GetString()!;
        texts.Add(new LocatedText(text, at(pointer)));
        return text;
    }

    /// <summary>
    /// A whole number the schema has range-checked. JSON writes one in many ways (<c>2</c>, <c>2.0</c>, <c>2e0</c>); each
    /// is read as the number it is, never by a reader that accepts only some of them.
    /// </summary>
    private static int ReadWhole(JsonElement element, SourceLocation at, DiagnosticBag bag)
    {
        if (element.TryGetDecimal(out var value) && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value;
        }

        bag.Add(Messages.BadNumber(at, $"{element.GetRawText()} is not a whole number"));
        return 0;
    }

    /// <summary>
    /// A figure: held exactly as a decimal, at most <see cref="Limits.ValueMagnitude"/> in size and with at most
    /// <see cref="Limits.ValueDecimals"/> decimal places, so that nothing is silently rounded away and later arithmetic
    /// stays within what a decimal holds.
    /// </summary>
    private static decimal? ReadValue(JsonElement element, SourceLocation at, DiagnosticBag bag)
    {
        var raw = element.GetRawText();
        if (!element.TryGetDecimal(out var value) || Math.Abs(value) > Limits.ValueMagnitude)
        {
            bag.Add(Messages.BadNumber(at, $"{raw} is too large: a figure may be at most 1,000,000,000,000,000 (10^15) in the unit it is written in"));
            return null;
        }

        if (decimal.Round(value, Limits.ValueDecimals) != value || (value == 0 && element.GetDouble() != 0))
        {
            bag.Add(Messages.BadNumber(at, $"{raw} has more than {Limits.ValueDecimals} decimal places: ReportGen would not hold it exactly"));
            return null;
        }

        return value;
    }

    private static DateOnly ReadDate(JsonElement element, SourceLocation location, DiagnosticBag bag)
    {
        // Dates of a release, its periods and its comparatives: the years 1900 to 2999, as the schema's fiscal years.
        if (DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2999)
        {
            return date;
        }

        bag.Add(Messages.SchemaViolation(location, $"'{element.GetString()}' is not a calendar date (yyyy-MM-dd) between 1900-01-01 and 2999-12-31"));
        return default;
    }

    private static string Escape(string segment) =>
        segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static JsonSchema LoadSchema() => JsonSchema.FromText(SchemaText.Value);

    private static string ReadSchemaText()
    {
        using var stream = typeof(DatasetReader).Assembly.GetManifestResourceStream("schema/dataset.schema.json")
            ?? throw new InvalidOperationException("The dataset schema is not embedded in ReportGen.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The description the schema gives the property whose keyword failed: it says what the value must be.</summary>
    private static string? Description(Uri? schemaLocation)
    {
        var fragment = schemaLocation?.Fragment.TrimStart('#');
        if (string.IsNullOrEmpty(fragment))
        {
            return null;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(SchemaText.Value);
        var segments = Uri.UnescapeDataString(fragment).Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            node = node is System.Text.Json.Nodes.JsonObject o ? o[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
        }

        return node is System.Text.Json.Nodes.JsonObject property && property["description"] is { } description ? description.GetValue<string>() : null;
    }
}
