using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Input;

/// <summary>
/// Writes a dataset in its canonical form: the schema's order of properties, two-space indentation, text as written (no
/// \u escapes for Japanese or accented letters), numbers as the file held them, a final newline. Reading a canonical file
/// and writing it again gives the same bytes, so a dataset that went through <c>next</c> or an entry workbook diffs cleanly.
/// </summary>
internal static class DatasetWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(DatasetFile dataset)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            if (dataset.Schema is { } schema)
            {
                json.WriteString("$schema", schema);
            }

            if (dataset.Templates is { } templates)
            {
                json.WriteString("templates", templates);
            }

            WriteCompany(json, dataset.Company);
            json.WriteStartObject("fiscalYear");
            json.WriteNumber("year", dataset.FiscalYear);
            json.WriteString("endDate", Date(dataset.FiscalYearEnd));
            json.WriteEndObject();
            json.WriteNumber("quarter", dataset.Quarter);
            WriteDate(json, "releaseDate", dataset.ReleaseDate);
            json.WriteString("currency", dataset.Currency);
            WritePeriods(json, dataset.Periods);
            if (dataset.Convenience is { } convenience)
            {
                json.WriteStartObject("convenienceTranslation");
                json.WriteString("currency", convenience.Currency);
                WriteNumber(json, "rate", convenience.Rate);
                json.WriteString("date", Date(convenience.Date));
                json.WriteEndObject();
            }

            WriteFacts(json, dataset.Facts);
            if (dataset.Notes.Count > 0)
            {
                json.WriteStartObject("notes");
                foreach (var (id, text) in dataset.Notes)
                {
                    WriteLocalized(json, id, text);
                }

                json.WriteEndObject();
            }

            if (dataset.Pins.Count > 0)
            {
                WritePins(json, dataset.Pins);
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteCompany(Utf8JsonWriter json, CompanyEntry company)
    {
        json.WriteStartObject("company");
        json.WriteString("id", company.Id);
        WriteLocalized(json, "name", company.Name);
        if (company.ShortName is { } shortName)
        {
            WriteLocalized(json, "shortName", shortName);
        }

        json.WriteString("ticker", company.Ticker);
        if (company.Exchange is { } exchange)
        {
            json.WriteString("exchange", exchange);
        }

        json.WriteEndObject();
    }

    private static void WritePeriods(Utf8JsonWriter json, IReadOnlyList<PeriodEntry> periods)
    {
        json.WriteStartObject("periods");
        foreach (var period in periods)
        {
            json.WriteStartObject(period.Key);
            json.WriteString("role", period.Role);
            json.WriteNumber("fiscalYear", period.FiscalYear);
            if (period.Quarter is { } quarter)
            {
                json.WriteNumber("quarter", quarter);
            }

            json.WriteString("start", Date(period.Start));
            json.WriteString("end", Date(period.End));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, IReadOnlyList<FactEntry> facts)
    {
        json.WriteStartObject("facts");
        foreach (var fact in facts)
        {
            json.WriteStartObject(fact.Id);
            json.WriteString("unit", fact.Unit);
            json.WriteStartObject("values");
            foreach (var value in fact.Values)
            {
                WriteNumber(json, value.Period, value.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WritePins(Utf8JsonWriter json, IReadOnlyList<PinEntry> pins)
    {
        json.WriteStartArray("pins");
        foreach (var pin in pins)
        {
            json.WriteStartObject();
            json.WriteString("item", pin.Item);
            json.WriteString("period", pin.Period);
            json.WriteString("measure", pin.Measure);
            if (pin.Base is { } basePeriod)
            {
                json.WriteString("base", basePeriod);
            }

            if (pin.Scale is { } scale)
            {
                json.WriteString("scale", scale);
            }

            json.WriteNumber("value", pin.Value);
            json.WriteString("reason", pin.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteLocalized(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> text)
    {
        json.WriteStartObject(name);
        foreach (var (language, value) in text)
        {
            json.WriteString(language, value);
        }

        json.WriteEndObject();
    }

    /// <summary>A value still to be entered is written as null, so that it shows in the file and the build names it.</summary>
    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } known)
        {
            json.WriteString(name, Date(known));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
