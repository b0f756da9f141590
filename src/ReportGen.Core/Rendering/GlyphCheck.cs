using System.Globalization;
using System.Text;
using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Documents;

namespace ReportGen.Rendering;

/// <summary>
/// Finds every character a renderer's fonts cannot draw, at its source: the pack's texts (labels, titles, headers,
/// footnotes, wording, formats) with their YAML entries, the dataset's texts with their JSON paths, and the month names
/// and number marks of each language. What the documents print that comes from none of these (words a culture spells
/// out) is checked last, by document and block.
/// </summary>
internal static class GlyphCheck
{
    public static IReadOnlyList<Diagnostic> Run(ReleasePlan plan, DocumentSet documents, IGlyphCoverage coverage, string format)
    {
        var reported = new HashSet<int>();
        var diagnostics = new List<Diagnostic>();
        void Check(string? text, SourceLocation? at, string what)
        {
            var missing = Missing(text, coverage);
            if (missing.Count > 0)
            {
                reported.UnionWith(missing);
                diagnostics.Add(Messages.CannotDraw(at, $"{what}: the {format.ToUpperInvariant()} font ({coverage.FontName}) has no glyph for {Describe(missing)}, which would print as an empty box; write the text without it"));
            }
        }

        foreach (var (template, what) in PackTexts(plan.Pack))
        {
            Check(template.Source, template.Location, what);
        }

        foreach (var footnote in plan.Pack.Footnotes.Values)
        {
            Check(string.Concat(footnote.Marks.Values.Concat(footnote.Leads.Values)), footnote.Location, $"footnote '{footnote.Id}' (its marks and leads)");
        }

        foreach (var language in plan.Pack.Languages)
        {
            var numbers = language.Numbers;
            var months = Enumerable.Range(1, 12).Select(m => language.MonthName(m) + language.MonthNameLong(m));
            Check(string.Concat(months.Prepend(numbers.Group + numbers.Decimal + numbers.Negative + numbers.Percent)), language.Location, $"language '{language.Tag}' (culture {language.Culture.Name}: its month names and number marks)");
        }

        foreach (var text in plan.DatasetTexts)
        {
            Check(text.Text, text.Location, "this text of the dataset");
        }

        // Last, what the documents print that none of the sources above holds (a number spelled out by the culture).
        foreach (var document in documents.Documents)
        {
            foreach (var (text, what) in Printed(document))
            {
                var missing = Missing(text, coverage).Where(reported.Add).ToList();
                if (missing.Count > 0)
                {
                    var at = plan.Pack.Documents.FirstOrDefault(d => d.Language == document.Language)?.Location;
                    diagnostics.Add(Messages.CannotDraw(at, $"document '{document.Language}', {what}: the {format.ToUpperInvariant()} font ({coverage.FontName}) has no glyph for {Describe(missing)}, which would print as an empty box"));
                }
            }
        }

        return diagnostics;
    }

    private static List<int> Missing(string? text, IGlyphCoverage coverage)
    {
        var missing = new List<int>();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (!coverage.Covers(rune.Value) && !missing.Contains(rune.Value))
            {
                missing.Add(rune.Value);
            }
        }

        return missing;
    }

    private static IEnumerable<(TextTemplate Template, string What)> PackTexts(PackPlan pack)
    {
        IEnumerable<(TextTemplate, string)> All(LocalizedTemplate? text, string what) =>
            text is null ? [] : text.Languages.Select(l => (text.For(l)!, $"{what} ({l})"));

        var formats = pack.Formats;
        var wording = pack.Wording;
        var headers = pack.Headers;
        var sources = new[]
        {
            All(formats.PeriodShort, "formats.periodShort"), All(formats.PeriodDate, "formats.periodDate"),
            All(formats.NoteDate, "formats.noteDate"), All(formats.LongDate, "formats.longDate"),
            All(wording.Continued, "wording.continued"), All(wording.PageNumber, "wording.pageNumber"),
            All(headers.Amount, "headers.amount"), All(headers.GroupedAmount, "headers.groupedAmount"),
            All(headers.PeriodGroup, "headers.periodGroup"), All(headers.Convenience, "headers.convenience"), All(headers.Share, "headers.share"),
        }.SelectMany(s => s)
            .Concat(headers.Change.SelectMany(c => All(c.Value, $"headers.change.{c.Key}")))
            .Concat(pack.Labels.SelectMany(l => All(l.Value, $"label '{l.Key}'")))
            .Concat(pack.Texts.SelectMany(t => All(t.Value, $"text '{t.Key}'")))
            .Concat(pack.Footnotes.Values.SelectMany(f => All(f.Text, $"footnote '{f.Id}'")))
            .Concat(pack.Tables.Values.SelectMany(t => All(t.Title, $"table '{t.Id}' title")
                .Concat(t.Subtitle.SelectMany(s => All(s, $"table '{t.Id}' subtitle")))
                .Concat(t.Columns.SelectMany(c => All(c.Header, $"table '{t.Id}' column header").Concat(All(c.Group, $"table '{t.Id}' column group"))))))
            .Concat(pack.Documents.SelectMany(d => d.Title.Select(t => (t, $"document '{d.Language}' title")).Append((d.Header, $"document '{d.Language}' header"))));
        return sources;
    }

    /// <summary>Every text a renderer draws for a document, with where it stands.</summary>
    private static IEnumerable<(string Text, string What)> Printed(ReleaseDocument document)
    {
        yield return (document.Header, "the running header");
        yield return (document.Wording.Continued + document.Wording.PageNumber(1, 1), "the page footer");
        foreach (var block in document.Blocks)
        {
            var what = block.Describe();
            var texts = block switch
            {
                TitleBlock t => t.Lines,
                HeadingBlock h => [h.Text],
                ParagraphBlock p => Drawn(p.Runs),
                BulletListBlock b => b.Items.SelectMany(Drawn),
                NotesBlock n => n.Notes.Select(x => x.Mark + x.Text),
                TableBlock { Table: var t } => TableTexts(t),
                _ => [],
            };
            foreach (var text in texts)
            {
                yield return (text, what);
            }
        }

        foreach (var note in document.Footnotes.Values)
        {
            yield return (note.Mark + note.Text, $"footnote {note.Mark}");
        }
    }

    /// <summary>The texts of runs as drawn: a line break is a new line, not a character.</summary>
    private static IEnumerable<string> Drawn(IEnumerable<Run> runs) => runs.Where(r => r is not LineBreakRun).Select(r => r.Text);

    private static IEnumerable<string> TableTexts(TableModel table) =>
        new[] { table.Title }.Concat(table.Subtitle)
            .Concat(table.Columns.SelectMany(c => new[] { c.Header, c.Group ?? "" }))
            .Concat(table.Rows.SelectMany(r => r.Marks.Prepend(r.Label).Concat(r.Cells.Select(c => c?.Display ?? ""))))
            .Concat(table.Notes.Select(n => n.Mark + n.Text));

    private static string Describe(List<int> missing)
    {
        var shown = missing.Take(5).Select(c => $"'{Shown(c)}' ({ScriptName(c)}U+{c.ToString("X4", CultureInfo.InvariantCulture)})");
        return string.Join(", ", shown) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : "");
    }

    private static string Shown(int codePoint) =>
        codePoint < 0x20 || codePoint is (>= 0x7F and < 0xA0) or 0x202F or 0x2009 or (>= 0x2000 and <= 0x200F) ? " " : char.ConvertFromUtf32(codePoint);

    /// <summary>The script a preparer recognises, for the characters that most often come in by copy and paste.</summary>
    private static string ScriptName(int c) => c switch
    {
        >= 0x0590 and <= 0x05FF => "Hebrew, ",
        (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) => "Arabic, ",
        >= 0x0900 and <= 0x097F => "Devanagari, ",
        >= 0x0E00 and <= 0x0E7F => "Thai, ",
        (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => "Hangul, ",
        (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) => "an emoji or symbol, ",
        0x202F => "a narrow no-break space, ",
        >= 0x2000 and <= 0x206F => "a space or punctuation mark, ",
        _ => "",
    };
}
