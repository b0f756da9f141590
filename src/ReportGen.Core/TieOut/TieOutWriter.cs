using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Evaluation;

namespace ReportGen.TieOut;

/// <summary>Writes the tie-out for a reviewer (<c>tieout.md</c>) and for machines (<c>tieout.json</c>).</summary>
public static class TieOutWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The one-screen summary the CLI prints, also the top of the Markdown report.</summary>
    public static IReadOnlyList<string> Summary(TieOutReport report)
    {
        var relations = report.Checks.Where(c => c.Kind == CheckKind.Relation).ToList();
        var ties = report.Checks.Where(c => c.Kind == CheckKind.Tie).ToList();
        var steps = report.Footing.Where(f => f.Residual is null).ToList();
        var footingFailures = report.Footing.Count(f => f.Residual is not null);
        var byClass = report.Differences.GroupBy(d => d.Class).OrderBy(g => g.Key).Select(g => $"{Name(g.Key)} {g.Count()}");
        return
        [
            $"Relations: {relations.Count} checked, {relations.Count(c => !c.Passed)} failed",
            $"Ties: {ties.Count} checked, {ties.Count(c => !c.Passed)} failed",
            $"Forced footing: {steps.Count} figures moved by one unit, {footingFailures} columns that cannot foot",
            $"Pinned figures: {report.Pins.Count}",
            report.PublishedPath is null
                ? "Differences from published figures: not compared (no published figures given)"
                : $"Differences from published figures: {report.Differences.Count}" + (report.Differences.Count > 0 ? $" ({string.Join(", ", byClass)})" : ""),
            report.Passed ? "Result: every relation, tie and footing holds." : $"Result: FAILED, {report.Failures.Count} problem(s).",
        ];
    }

    public static string Markdown(TieOutReport report)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(report.Title).AppendLine();
        md.AppendLine($"- Dataset: `{report.DatasetPath}`");
        md.AppendLine($"- Template pack: `{report.PackPath}`");
        md.AppendLine($"- Published figures: {(report.PublishedPath is null ? "none given" : $"`{report.PublishedPath}`")}").AppendLine();
        md.AppendLine("## Summary").AppendLine();
        foreach (var line in Summary(report))
        {
            md.Append("- ").AppendLine(line);
        }

        if (report.Failures.Count > 0)
        {
            md.AppendLine().AppendLine("## Failures").AppendLine();
            foreach (var failure in report.Failures)
            {
                md.Append("- ").AppendLine(Escape(failure.ToString()));
            }
        }

        md.AppendLine().AppendLine("## Relations and ties").AppendLine();
        md.AppendLine("| Check | Kind | Period | Left | Right | Difference | Unit | Result |");
        md.AppendLine("|---|---|---|---|---|---:|---|---|");
        foreach (var c in report.Checks)
        {
            md.AppendLine(Invariant, $"| {c.Id} | {c.Kind.ToString().ToLowerInvariant()} | {c.Period} | {c.Left} = {Number(c.LeftValue)} | {Escape(c.Right)} = {Number(c.RightValue)} | {Number(c.Difference)} | {c.Unit} | {(c.Passed ? "holds" : "**FAILS**")} |");
        }

        md.AppendLine().AppendLine("## Forced footing").AppendLine();
        md.AppendLine("Each printed column's grand total is rounded half-up; each relation is then footed top-down, moving by one unit the component that lost the most to rounding. These figures print one unit off their plain rounding:").AppendLine();
        md.AppendLine("| Column | Period | Relation | Item | Half-up | Printed |");
        md.AppendLine("|---|---|---|---|---:|---:|");
        foreach (var f in report.Footing)
        {
            md.AppendLine(f.Residual is null
                ? $"| {f.Measure} | {f.Period} | {f.Relation} | {f.Node} | {Number(f.HalfUp!.Value)} | {Number(f.Printed!.Value)} |"
                : $"| {f.Measure} | {f.Period} | {f.Relation} | **cannot foot** | residual {Number(f.Residual.Value)} | |");
        }

        md.AppendLine().AppendLine("## Pinned figures").AppendLine();
        md.AppendLine("| Item | Period | Measure | Value | Reason |");
        md.AppendLine("|---|---|---|---:|---|");
        foreach (var p in report.Pins)
        {
            var measure = p.Measure.ToString().ToLowerInvariant() + (p.Base is null ? "" : $" on {p.Base}") + (p.Scale is null ? "" : $" ({p.Scale})");
            md.AppendLine($"| {p.Item} | {p.Period} | {measure} | {Number(p.Value)} | {Escape(p.Reason)} |");
        }

        md.AppendLine().AppendLine("## Differences from published figures").AppendLine();
        if (report.PublishedPath is null)
        {
            md.AppendLine("No published figures were given.");
        }
        else if (report.Differences.Count == 0)
        {
            md.AppendLine("Every published figure is reproduced by the engine's own rule.");
        }
        else
        {
            md.AppendLine("| Table | Item | Column | Published | Engine | Printed | Class | Reason |");
            md.AppendLine("|---|---|---|---:|---:|---:|---|---|");
            foreach (var d in report.Differences)
            {
                md.AppendLine($"| {d.Table} | {d.Item} | {Escape(d.Column)} | {d.Published} | {d.Engine} | {d.Printed} | {Name(d.Class)} | {Escape(d.Reason ?? "")} |");
            }
        }

        md.AppendLine().AppendLine("## Sign-off").AppendLine();
        md.AppendLine("Prepared by: ____________________  Date: __________").AppendLine();
        md.AppendLine("Reviewed by: ____________________  Date: __________");
        return md.ToString();
    }

    public static byte[] Json(TieOutReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", report.Title);
            json.WriteString("dataset", report.DatasetPath);
            json.WriteString("pack", report.PackPath);
            json.WriteString("published", report.PublishedPath);
            json.WriteBoolean("passed", report.Passed);
            json.WriteStartArray("summary");
            foreach (var line in Summary(report))
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
            json.WriteStartArray("failures");
            foreach (var failure in report.Failures)
            {
                json.WriteStartObject();
                json.WriteString("code", failure.Code);
                json.WriteString("message", failure.Message);
                json.WriteString("location", failure.Location?.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("checks");
            foreach (var c in report.Checks)
            {
                json.WriteStartObject();
                json.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
                json.WriteString("id", c.Id);
                json.WriteString("period", c.Period);
                json.WriteString("left", c.Left);
                json.WriteNumber("leftValue", c.LeftValue);
                json.WriteString("right", c.Right);
                json.WriteNumber("rightValue", c.RightValue);
                json.WriteNumber("difference", c.Difference);
                json.WriteString("unit", c.Unit);
                json.WriteBoolean("passed", c.Passed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("footing");
            foreach (var f in report.Footing)
            {
                json.WriteStartObject();
                json.WriteString("column", f.Measure.ToString());
                json.WriteString("period", f.Period);
                json.WriteString("relation", f.Relation);
                json.WriteString("item", f.Node);
                WriteNumberOrNull(json, "halfUp", f.HalfUp);
                WriteNumberOrNull(json, "printed", f.Printed);
                WriteNumberOrNull(json, "residual", f.Residual);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pins");
            foreach (var p in report.Pins)
            {
                json.WriteStartObject();
                json.WriteString("item", p.Item);
                json.WriteString("period", p.Period);
                json.WriteString("measure", p.Measure.ToString().ToLowerInvariant());
                json.WriteString("base", p.Base);
                json.WriteString("scale", p.Scale);
                json.WriteNumber("value", p.Value);
                json.WriteString("reason", p.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("differences");
            foreach (var d in report.Differences)
            {
                json.WriteStartObject();
                json.WriteString("table", d.Table);
                json.WriteString("row", d.Item);
                json.WriteString("column", d.Column);
                json.WriteString("period", d.Period);
                json.WriteString("expected", d.Published);
                json.WriteString("actual", d.Engine);
                json.WriteString("printed", d.Printed);
                json.WriteString("class", Name(d.Class));
                json.WriteString("reason", d.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string Name(DifferenceClass kind) => kind switch
    {
        DifferenceClass.RoundingAdjustment => "rounding adjustment",
        DifferenceClass.Sign => "sign",
        DifferenceClass.Pinned => "pinned",
        _ => "unexplained",
    };

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Number(decimal value) => value.ToString("#,##0.####;-#,##0.####;0", Invariant);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
