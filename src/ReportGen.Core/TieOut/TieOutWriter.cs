using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Binding;
using ReportGen.Evaluation;

namespace ReportGen.TieOut;

/// <summary>
/// Writes the tie-out for a reviewer (Markdown) and for machines (JSON): what must be acted on first (failures,
/// differences from the published figures, pins, footing moves), then every check that holds, grouped and counted.
/// Figures are written as the release prints them: <c>(829,760)</c>, <c>114.5%</c>.
/// </summary>
public static class TieOutWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file names of a job's tie-out; a failed build's tie-out has its own, so it never stands beside release files as theirs.</summary>
    public static (string Markdown, string Json) FileNames(string job, bool failed) =>
        failed ? ($"{job}-tieout-failed.md", $"{job}-tieout-failed.json") : ($"{job}-tieout.md", $"{job}-tieout.json");

    /// <summary>The one-screen summary the CLI prints.</summary>
    public static IReadOnlyList<string> Summary(TieOutReport report)
    {
        var relations = report.Checks.Where(c => c.Kind == CheckKind.Relation).ToList();
        var ties = report.Checks.Where(c => c.Kind == CheckKind.Tie).ToList();
        var steps = report.Footing.Count(f => f.Residual is null);
        var footingFailures = report.Footing.Count(f => f.Residual is not null);
        var byClass = report.Differences.GroupBy(d => d.Class).OrderBy(g => g.Key).Select(g => $"{Name(g.Key)} {g.Count()}");
        return
        [
            $"Relations: {relations.Count} checked, {relations.Count(c => !c.Passed)} failed",
            $"Ties: {ties.Count} checked, {ties.Count(c => !c.Passed)} failed",
            $"Forced footing: {steps} figures moved by one unit, {footingFailures} columns that cannot foot",
            $"Pinned figures: {report.Pins.Count}",
            !report.Compared
                ? "Differences from published figures: not compared (no published figures given)"
                : $"Differences from published figures: {report.Differences.Count(d => d.Printed != d.Published)} printed otherwise, {report.Differences.Count(d => d.Printed == d.Published)} printed as published through pins or footing" + (report.Differences.Count > 0 ? $" ({string.Join(", ", byClass)})" : ""),
            report.Passed ? "Result: every relation, tie and footing holds." : $"Result: FAILED, {report.Failures.Count} problem(s).",
        ];
    }

    public static string Markdown(TieOutReport report)
    {
        var md = new StringBuilder();
        md.Append("# Tie-out: ").AppendLine(report.Title).AppendLine();
        md.AppendLine(report.Passed
            ? $"**Result: PASSED.** Every relation, tie and footing holds. {Decisions(report)}"
            : $"**Result: FAILED, {report.Failures.Count} problem(s).** No release file was written; the failures come first below. {Decisions(report)}");
        md.AppendLine();
        md.AppendLine("| Input | File | SHA-256 |");
        md.AppendLine("|---|---|---|");
        foreach (var input in report.Inputs)
        {
            var role = input.Role switch { "dataset" => "Dataset", "pack" => "Template pack", "prose" => "Prose", _ => "Published figures" };
            md.AppendLine($"| {role} | `{input.Path}`{(input.Description is null ? "" : $" ({Escape(input.Description)})")} | `{input.Sha256}` |");
        }

        if (!report.Compared)
        {
            md.AppendLine("| Published figures | none given | |");
        }

        md.AppendLine().AppendLine(Invariant, $"Made by ReportGen {report.Tool}. Documents dated {report.Dated:yyyy-MM-dd HH:mm} UTC (the release date, unless SOURCE_DATE_EPOCH set another).").AppendLine();

        ToActOn(md, report);
        Failures(md, report);
        Differences(md, report);
        Pins(md, report);
        FootingMoves(md, report);
        TextFigures(md, report);
        Holding(md, report);

        md.AppendLine("## Sign-off").AppendLine();
        md.AppendLine("Prepared by: ____________________  Date: __________").AppendLine();
        md.AppendLine("Reviewed by: ____________________  Date: __________");
        return md.ToString();
    }

    private static string Decisions(TieOutReport report)
    {
        var parts = new List<string>();
        if (report.Compared)
        {
            var changed = report.Differences.Where(d => d.Printed != d.Published).ToList();
            var kept = report.Differences.Count - changed.Count;
            parts.Add(changed.Count == 0
                ? "Every published figure is printed as published"
                : $"{changed.Count} printed figure(s) differ from the published release ({string.Join(", ", changed.GroupBy(d => d.Class).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Name(g.Key)}"))})");
            if (kept > 0)
            {
                parts.Add($"{kept} published figure(s) the engine's rule alone would print otherwise are printed as published");
            }
        }

        parts.Add($"{report.Pins.Count} figure(s) are pinned");
        parts.Add($"{report.Footing.Count(f => f.Residual is null)} figure(s) were moved by forced footing");
        parts.Add($"{report.TextFigures.Count(f => !f.Bound)} figure(s) typed in the prose are to check by hand");
        return string.Join("; ", parts) + ".";
    }

    /// <summary>What a reviewer must do before signing, each with where the details are.</summary>
    private static void ToActOn(StringBuilder md, TieOutReport report)
    {
        md.AppendLine("## To act on").AppendLine();
        var any = false;
        void Item(string text)
        {
            md.Append("- [ ] ").AppendLine(text);
            any = true;
        }

        if (report.Failures.Count > 0)
        {
            Item($"Fix {report.Failures.Count} failure(s): section 1.");
        }

        foreach (var d in report.Differences.Where(d => d.Printed != d.Published))
        {
            var table = report.Tables.GetValueOrDefault(d.Table) ?? d.Table;
            Item($"Approve a figure printed differently from the published release: {Escape(table)} › {Escape(report.Name(d.Item))} › {Escape(d.Column)}, published {d.Published}, printed {d.Printed} ({Name(d.Class)}{(d.Reason is null ? "" : $": {Escape(d.Reason)}")}). Section 2.");
        }

        if (report.Pins.Count > 0)
        {
            Item($"Confirm {report.Pins.Count} pinned figure(s) and their reasons: section 3.");
        }

        if (report.TextFigures.Count(f => !f.Bound) is var typed and > 0)
        {
            Item($"Check {typed} figure(s) typed in the prose, which do not follow the dataset: section 5.");
        }

        if (!any)
        {
            md.AppendLine("Nothing: every check holds, nothing is pinned, and every figure of the text comes from the dataset.");
        }

        md.AppendLine();
    }

    private static void Failures(StringBuilder md, TieOutReport report)
    {
        md.AppendLine(Invariant, $"## 1. Failures ({report.Failures.Count})").AppendLine();
        if (report.Failures.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
            return;
        }

        foreach (var failure in report.Failures)
        {
            md.Append("- ").AppendLine(Escape(failure.ToString()));
        }

        md.AppendLine();
    }

    private static void Differences(StringBuilder md, TieOutReport report)
    {
        md.AppendLine(Invariant, $"## 2. Differences from published figures ({report.Differences.Count})").AppendLine();
        if (!report.Compared)
        {
            md.AppendLine("Not compared: no published figures were given.").AppendLine();
            return;
        }

        if (report.Differences.Count == 0)
        {
            md.AppendLine("None: every published figure is reproduced by the engine's own rule.").AppendLine();
            return;
        }

        var changed = report.Differences.Where(d => d.Printed != d.Published).ToList();
        var kept = report.Differences.Where(d => d.Printed == d.Published).ToList();
        md.AppendLine(Invariant, $"Printed differently from the published release ({changed.Count}): ReportGen prints the engine's figure; it prints in every language's table that has the line.").AppendLine();
        Rows(changed);
        md.AppendLine(Invariant, $"Printed as published ({kept.Count}), where the engine's rule alone would print another figure: a pin (section 3) or the publisher's rounding, which forced footing reproduces (section 4).").AppendLine();
        Rows(kept);

        void Rows(List<Difference> rows)
        {
            if (rows.Count == 0)
            {
                return;
            }

            md.AppendLine("| Table | Line item | Column | Published | ReportGen prints | Rule alone | Class | Reason |");
            md.AppendLine("|---|---|---|---:|---:|---:|---|---|");
            foreach (var d in rows)
            {
                var table = report.Tables.GetValueOrDefault(d.Table) ?? d.Table;
                md.AppendLine($"| {Escape(table)} | {Escape(report.Name(d.Item))} | {Escape(d.Column)} | {d.Published} | {d.Printed} | {d.Engine} | {Name(d.Class)} | {Escape(d.Reason ?? "")} |");
            }

            md.AppendLine();
        }
    }

    private static void Pins(StringBuilder md, TieOutReport report)
    {
        md.AppendLine(Invariant, $"## 3. Pinned figures ({report.Pins.Count})").AppendLine();
        if (report.Pins.Count == 0)
        {
            md.AppendLine("None: every figure is the engine's.").AppendLine();
            return;
        }

        md.AppendLine("Figures the dataset fixes as printed, each with the preparer's reason.").AppendLine();
        md.AppendLine("| Line item | Period | Figure | Printed | Reason |");
        md.AppendLine("|---|---|---|---:|---|");
        foreach (var p in report.Pins)
        {
            md.AppendLine($"| {Escape(report.Name(p.Item))} | {p.Period} | {PinMeasureText(p)} | {PinValue(p)} | {Escape(p.Reason)} |");
        }

        md.AppendLine();
    }

    private static void FootingMoves(StringBuilder md, TieOutReport report)
    {
        var steps = report.Footing.Where(f => f.Residual is null).ToList();
        md.AppendLine(Invariant, $"## 4. Figures moved by forced footing ({steps.Count})").AppendLine();
        if (steps.Count == 0)
        {
            md.AppendLine("None: every rounded column adds up as rounded.").AppendLine();
            return;
        }

        md.AppendLine("Each printed column's grand total is rounded half-up; each relation is then footed top-down, moving by one unit the component that lost the most to rounding. These figures print one unit off their plain rounding:").AppendLine();
        md.AppendLine("| Line item | Column | Period | Half-up | Printed | So that this adds up |");
        md.AppendLine("|---|---|---|---:|---:|---|");
        foreach (var f in steps)
        {
            md.AppendLine($"| {Escape(report.Name(f.Item!))} | {Escape(f.Column)} | {f.Period} | {Figure(f.HalfUp!.Value, f.Percent)} | {Figure(f.Printed!.Value, f.Percent)} | {Escape(report.Name(f.Relation))} |");
        }

        md.AppendLine();
    }

    private static void TextFigures(StringBuilder md, TieOutReport report)
    {
        var typed = report.TextFigures.Where(f => !f.Bound).ToList();
        var bound = report.TextFigures.Where(f => f.Bound).ToList();
        md.AppendLine(Invariant, $"## 5. Figures in the text ({bound.Count} from the dataset, {typed.Count} typed)").AppendLine();
        if (typed.Count > 0)
        {
            md.AppendLine("Typed in the prose, so they do not follow the dataset: check each by hand. One that equals a printed figure, or a figure of the dataset once rounded as typed, should probably be that figure's reference ({{ item.period | amount }}).").AppendLine();
            md.AppendLine("| Language | Text | Typed | Equals, or rounds to |");
            md.AppendLine("|---|---|---:|---|");
            foreach (var f in typed)
            {
                md.AppendLine($"| {f.Language} | {Escape(f.Block)} | {Escape(f.Text)} | {Escape(f.Where ?? "none")} |");
            }

            md.AppendLine();
        }

        if (bound.Count > 0)
        {
            md.AppendLine("From the dataset, each printed as the table cell named prints it (or computed as stated where no table prints it):").AppendLine();
            md.AppendLine("| Language | Text | Printed | Same figure as |");
            md.AppendLine("|---|---|---:|---|");
            foreach (var f in bound)
            {
                md.AppendLine($"| {f.Language} | {Escape(f.Block)} | {Escape(f.Text)} | {Escape(f.Where ?? "")} |");
            }

            md.AppendLine();
        }
        else if (typed.Count == 0)
        {
            md.AppendLine("None: the documents print no figures in running text.").AppendLine();
        }
    }

    private static void Holding(StringBuilder md, TieOutReport report)
    {
        var holding = report.Checks.Where(c => c.Passed).ToList();
        md.AppendLine(Invariant, $"## 6. Checks that hold ({holding.Count} of {report.Checks.Count})").AppendLine();
        foreach (var kind in new[] { CheckKind.Relation, CheckKind.Tie })
        {
            var groups = report.Checks.Where(c => c.Kind == kind).GroupBy(c => c.Id).ToList();
            var count = groups.Sum(g => g.Count(c => c.Passed));
            md.AppendLine(Invariant, $"{(kind == CheckKind.Relation ? "Relations (a total and its components)" : "Ties (two figures that must agree)")}: {count} checks of {groups.Count} {(kind == CheckKind.Relation ? "relations" : "ties")} hold.").AppendLine();
            if (groups.Count == 0)
            {
                continue;
            }

            md.AppendLine("| Check | What must agree | Unit | Periods, and the figure both sides give |");
            md.AppendLine("|---|---|---|---|");
            foreach (var group in groups)
            {
                var first = group.First();
                var what = kind == CheckKind.Relation
                    ? $"{report.Name(first.Left)} = {Terms(report, first.Right)}"
                    : $"{Side(report, first.Left)} = {Side(report, first.Right)}";
                var periods = string.Join("; ", group.Where(c => c.Passed).Select(c => $"{c.Period}: {Figure(c.LeftValue, false)}"));
                md.AppendLine($"| {group.Key} | {Escape(what)} | {first.Unit} | {periods} |");
            }

            md.AppendLine();
        }
    }

    /// <summary>A relation's components as a sum a person reads: <c>A + B - C</c>, each with its label.</summary>
    private static string Terms(TieOutReport report, string terms)
    {
        var text = new StringBuilder();
        foreach (var term in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var minus = term[0] == '-';
            text.Append(text.Length == 0 ? (minus ? "-" : "") : (minus ? " - " : " + ")).Append(report.Name(term[1..]));
        }

        return text.ToString();
    }

    /// <summary>A tie's side as written by the check (<c>+cf.cash_end@2Q03</c>) with the item's label.</summary>
    private static string Side(TieOutReport report, string side)
    {
        var text = side.TrimStart('+');
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var sign = text.StartsWith('-') ? "-" : "";
        var item = at < 0 ? text.TrimStart('-') : text[sign.Length..at];
        return sign + report.Name(item) + (at < 0 ? "" : text[at..]);
    }

    /// <summary>The report for machines: one entry per input, check, footing step, pin and difference, in a fixed order.</summary>
    public static byte[] Json(TieOutReport report)
    {
        var payload = new
        {
            job = report.Job,
            title = report.Title,
            passed = report.Passed,
            tool = report.Tool,
            dated = report.Dated,
            inputs = report.Inputs.Select(i => new { role = i.Role, path = i.Path, sha256 = i.Sha256 }),
            summary = Summary(report),
            failures = report.Failures.Select(f => new { code = f.Code, message = f.Message, location = f.Location?.ToString() }),
            textFigures = report.TextFigures.Select(f => new { language = f.Language, text = f.Block, printed = f.Text, bound = f.Bound, source = f.Where }),
            differences = report.Differences.Select(d => new
            {
                table = d.Table,
                row = d.Item,
                label = report.Labels.GetValueOrDefault(d.Item),
                column = d.Column,
                period = d.Period,
                expected = d.Published,
                actual = d.Engine,
                printed = d.Printed,
                @class = Name(d.Class),
                reason = d.Reason,
            }),
            pins = report.Pins.Select(p => new
            {
                item = p.Item,
                label = report.Labels.GetValueOrDefault(p.Item),
                period = p.Period,
                measure = p.Measure.ToString().ToLowerInvariant(),
                @base = p.Base,
                scale = p.Scale?.Name,
                value = p.Value,
                printed = PinValue(p),
                reason = p.Reason,
            }),
            footing = report.Footing.Select(f => new
            {
                column = f.Column,
                period = f.Period,
                relation = f.Relation,
                item = f.Item,
                label = f.Item is null ? null : report.Labels.GetValueOrDefault(f.Item),
                halfUp = f.HalfUp,
                printed = f.Printed,
                residual = f.Residual,
            }),
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

    private static string PinMeasureText(Pin pin) => pin.Measure switch
    {
        PinMeasure.Amount => $"amount in {pin.Scale}",
        PinMeasure.Change => $"change on {pin.Base}",
        PinMeasure.Share => "share of the total",
        _ => "convenience translation",
    };

    private static string PinValue(Pin pin) => Figure(pin.Value, pin.Measure is PinMeasure.Share or PinMeasure.Change);

    /// <summary>A figure as the release prints it: grouped digits, negatives in brackets, a % sign on percentages.</summary>
    private static string Figure(decimal value, bool percent)
    {
        var text = Math.Abs(value).ToString(percent ? "#,##0.0" : "#,##0.####", Invariant) + (percent ? "%" : "");
        return value < 0 ? $"({text})" : text;
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
