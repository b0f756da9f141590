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

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
                ? $"| {f.Column} | {f.Period} | {f.Relation} | {f.Item} | {Number(f.HalfUp!.Value)} | {Number(f.Printed!.Value)} |"
                : $"| {f.Column} | {f.Period} | {f.Relation} | **cannot foot** | residual {Number(f.Residual.Value)} | |");
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

    /// <summary>The report for machines: one entry per check, footing step, pin and difference, in a fixed order.</summary>
    public static byte[] Json(TieOutReport report)
    {
        var payload = new
        {
            title = report.Title,
            dataset = report.DatasetPath,
            pack = report.PackPath,
            published = report.PublishedPath,
            passed = report.Passed,
            summary = Summary(report),
            failures = report.Failures.Select(f => new { code = f.Code, message = f.Message, location = f.Location?.ToString() }),
            checks = report.Checks.Select(c => new
            {
                kind = c.Kind.ToString().ToLowerInvariant(),
                id = c.Id,
                period = c.Period,
                left = c.Left,
                leftValue = c.LeftValue,
                right = c.Right,
                rightValue = c.RightValue,
                difference = c.Difference,
                unit = c.Unit,
                passed = c.Passed,
            }),
            footing = report.Footing.Select(f => new
            {
                column = f.Column,
                period = f.Period,
                relation = f.Relation,
                item = f.Item,
                halfUp = f.HalfUp,
                printed = f.Printed,
                residual = f.Residual,
            }),
            pins = report.Pins.Select(p => new
            {
                item = p.Item,
                period = p.Period,
                measure = p.Measure.ToString().ToLowerInvariant(),
                @base = p.Base,
                scale = p.Scale?.Name,
                value = p.Value,
                reason = p.Reason,
            }),
            differences = report.Differences.Select(d => new
            {
                table = d.Table,
                row = d.Item,
                column = d.Column,
                period = d.Period,
                expected = d.Published,
                actual = d.Engine,
                printed = d.Printed,
                @class = Name(d.Class),
                reason = d.Reason,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(payload, JsonOptions);
    }

    public static string Name(DifferenceClass kind) => kind switch
    {
        DifferenceClass.RoundingAdjustment => "rounding adjustment",
        DifferenceClass.Sign => "sign",
        DifferenceClass.Pinned => "pinned",
        _ => "unexplained",
    };

    private static string Number(decimal value) => value.ToString("#,##0.####;-#,##0.####;0", Invariant);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
