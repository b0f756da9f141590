using System.Text.Json;

namespace ReportGen.Preparation;

/// <summary>The dataset schema's description of a field, by its dotted path (<c>convenienceTranslation.rate</c>): one text for the file and the workbook.</summary>
internal static class SchemaText
{
    private static readonly Lazy<JsonDocument> Schema = new(() =>
    {
        using var stream = typeof(SchemaText).Assembly.GetManifestResourceStream("schema/dataset.schema.json")!;
        return JsonDocument.Parse(stream);
    });

    public static string Description(string path)
    {
        var node = Schema.Value.RootElement;
        var description = "";
        foreach (var segment in path.Split('.'))
        {
            if (!node.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(segment, out var next))
            {
                break;
            }

            node = next;
            description = node.TryGetProperty("description", out var text) ? text.GetString()! : description;
        }

        return description;
    }
}
