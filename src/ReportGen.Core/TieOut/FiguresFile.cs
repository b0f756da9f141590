using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Documents;

namespace ReportGen.TieOut;

/// <summary>
/// Every figure a build printed, in every document, by table, row and column: <c>&lt;job&gt;-figures.json</c>, written beside
/// the release's files so that two builds can be compared figure by figure later (<c>reportgen diff</c>).
/// </summary>
internal static class FiguresFile
{
    public const string Format = "reportgen-figures/1";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every printed figure of the documents, in reading order.</summary>
    public static IReadOnlyList<FigureEntry> Entries(DocumentSet documents)
    {
        var entries = new List<FigureEntry>();
        foreach (var document in documents.Documents)
        {
            foreach (var table in document.Tables)
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var row in table.Rows.Where(r => r.Item is not null))
                {
                    var occurrence = seen[row.Item!] = seen.GetValueOrDefault(row.Item!, -1) + 1;
                    for (var c = 0; c < table.Columns.Count; c++)
                    {
                        if (row.Cells[c] is not { } cell)
                        {
                            continue;
                        }

                        var column = table.Columns[c];
                        var note = cell.Note is { } n ? $"{(n.Kind == CellNoteKind.Pin ? "pinned" : "footing")}: {n.Text}" : null;
                        entries.Add(new FigureEntry(
                            document.Language,
                            document.FileStem,
                            table.Id,
                            table.Title,
                            row.Item!,
                            occurrence,
                            row.Label,
                            column.Kind,
                            column.Period,
                            column.BasePeriod,
                            column.Group is null ? column.Header : $"{column.Group} {column.Header}",
                            cell.Display,
                            cell.Value,
                            note));
                    }
                }
            }
        }

        return entries;
    }

    public static byte[] Write(DocumentSet documents)
    {
        var payload = new
        {
            format = Format,
            job = documents.Job,
            figures = Entries(documents).Select(e => new
            {
                language = e.Language,
                document = e.Document,
                table = e.Table,
                tableTitle = e.TableTitle,
                item = e.Item,
                occurrence = e.Occurrence,
                label = e.Label,
                kind = Kind(e.Kind),
                period = e.Period,
                basePeriod = e.BasePeriod,
                column = e.Column,
                text = e.Text,
                value = e.Value,
                note = e.Note,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(payload, JsonOptions);
    }

    /// <summary>Reads a figures file a build wrote; a file that is not one is an error located in it.</summary>
    public static IReadOnlyList<FigureEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ReportGenException(Messages.FileNotFound(path, "figures file"));
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new ReportGenException(Messages.FiguresFile(path, $"it is not a figures file ReportGen writes (\"format\": \"{Format}\")"));
            }

            return root.GetProperty("figures").EnumerateArray().Select(f => new FigureEntry(
                f.GetProperty("language").GetString()!,
                f.GetProperty("document").GetString()!,
                f.GetProperty("table").GetString()!,
                f.GetProperty("tableTitle").GetString()!,
                f.GetProperty("item").GetString()!,
                f.GetProperty("occurrence").GetInt32(),
                f.GetProperty("label").GetString()!,
                Kinds.First(k => Kind(k) == f.GetProperty("kind").GetString()),
                f.GetProperty("period").GetString()!,
                f.GetProperty("basePeriod").GetString(),
                f.GetProperty("column").GetString()!,
                f.GetProperty("text").GetString()!,
                f.GetProperty("value").ValueKind == JsonValueKind.Number ? f.GetProperty("value").GetDecimal() : null,
                f.GetProperty("note").GetString())).ToList();
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReportGenException(Messages.FiguresFile(path, exception.Message));
        }
    }

    private static readonly ColumnKind[] Kinds = Enum.GetValues<ColumnKind>();

    private static string Kind(ColumnKind kind) => kind.ToString().ToLower(CultureInfo.InvariantCulture);
}
