using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Binding;

namespace ReportGen.Preparation;

/// <summary>Writes the blackline for a person (Markdown, by document and table) and for machines (JSON, one entry per figure).</summary>
internal static class BlacklineWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The lines the command prints, also the top of the Markdown.</summary>
    public static IReadOnlyList<string> Summary(BlacklineReport report)
    {
        var byDocument = report.Changes.GroupBy(c => c.Document).Select(g => $"{g.Key} {g.Count()}");
        var byKind = report.Changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{Kind(g.Key)} {g.Count()}");
        var lines = new List<string>
        {
            report.Changes.Count == 0
                ? "Printed figures that differ: none."
                : $"Printed figures that differ: {report.Changes.Count} ({string.Join(", ", byDocument)}; {string.Join(", ", byKind)}).",
        };
        if (report.Facts.Count > 0)
        {
            lines.Add($"Dataset values that differ: {report.Facts.Count}.");
        }

        lines.AddRange(report.Notes);
        return lines;
    }

    public static string Markdown(BlacklineReport report)
    {
        var md = new StringBuilder();
        md.Append("# Blackline\n\n");
        md.Append("- Old: `").Append(report.Old).Append("`\n");
        md.Append("- New: `").Append(report.New).Append("`\n\n");
        foreach (var line in Summary(report))
        {
            md.Append("- ").Append(line).Append('\n');
        }

        if (report.Facts.Count > 0)
        {
            md.Append("\n## Dataset values that differ\n\n| Fact | Period | Old | New |\n|---|---|---:|---:|\n");
            foreach (var fact in report.Facts)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {fact.Fact} | {fact.Period} | {Number(fact.Old)} | {Number(fact.New)} |\n");
            }
        }

        foreach (var document in report.Changes.GroupBy(c => (c.Document, c.Language)))
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {document.Key.Document} ({document.Key.Language})\n");
            foreach (var table in document.GroupBy(c => (c.Table, c.TableTitle)))
            {
                md.Append(CultureInfo.InvariantCulture, $"\n### {Escape(table.Key.TableTitle)} ({table.Key.Table})\n\n");
                md.Append("| Row | Column | Old | New | Why |\n|---|---|---:|---:|---|\n");
                foreach (var change in table)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {Escape(change.Label)} ({change.Item}) | {Escape(Column(change))} | {Escape(change.Old)} | {Escape(change.New)} | {change.Why} |\n");
                }
            }
        }

        return md.ToString();
    }

    public static byte[] Json(BlacklineReport report) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                old = report.Old,
                @new = report.New,
                summary = Summary(report),
                facts = report.Facts.Select(f => new { fact = f.Fact, period = f.Period, old = f.Old, @new = f.New }),
                changes = report.Changes.Select(c => new
                {
                    language = c.Language,
                    document = c.Document,
                    table = c.Table,
                    tableTitle = c.TableTitle,
                    row = c.Item,
                    label = c.Label,
                    column = c.Column,
                    kind = Kind(c.Kind),
                    period = c.Period,
                    basePeriod = c.BasePeriod,
                    old = c.Old,
                    @new = c.New,
                    why = c.Why,
                }),
            },
            JsonOptions);

    /// <summary>The column as printed, with its period where the header does not name it (<c>YoY % change [2Q03 on 2Q02]</c>).</summary>
    private static string Column(BlacklineEntry change)
    {
        var period = change.BasePeriod is null ? change.Period : $"{change.Period} on {change.BasePeriod}";
        return change.Column.Contains(period, StringComparison.Ordinal) ? change.Column : $"{change.Column} [{period}]";
    }

    private static string Kind(ColumnKind kind) => kind switch
    {
        ColumnKind.Value => "amounts",
        ColumnKind.Convenience => "translations",
        ColumnKind.Share => "shares",
        _ => "changes",
    };

    private static string Number(decimal? value) => value?.ToString("#,##0.########;-#,##0.########;0", CultureInfo.InvariantCulture) ?? "(none)";

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
