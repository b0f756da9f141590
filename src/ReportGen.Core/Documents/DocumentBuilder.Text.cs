using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Binding;
using ReportGen.Diagnostics;

namespace ReportGen.Documents;

internal sealed partial class DocumentBuilder
{
    /// <summary>The blocks a block of the pack makes: one, or a prose section's paragraphs, quotes and bullet lists.</summary>
    private IEnumerable<Block> BuildBlocks(BlockPlan block, IReadOnlyList<string> title, TextScope text, Dictionary<string, NoteModel> footnotes)
    {
        var language = text.Language.Tag;
        IReadOnlyList<Run> Runs(TextTemplate template) => this.Runs(template, text, footnotes);
        IEnumerable<Block> Made() => block switch
        {
            TitleBlockPlan => [new TitleBlock(title)],
            TableBlockPlan t => [new TableBlock(BuildTable(Pack.Tables[t.Table], text))],
            HeadingBlockPlan h => [new HeadingBlock(h.Text, h.Level, Runs(Pack.Texts[h.Text].For(language)!))],
            ParagraphBlockPlan p => [new ParagraphBlock(p.Text, Runs(Pack.Texts[p.Text].For(language)!), p.Style)],
            BulletsBlockPlan b => [new BulletListBlock(b.Texts[0], b.Texts.Select(k => Runs(Pack.Texts[k].For(language)!)).ToList()) { ItemIds = b.Texts }],
            NotesBlockPlan n => [new NotesBlock(BuildNotes(n.Footnotes, text))],
            PageBreakBlockPlan p => [new PageBreakBlock(p.Landscape)],
            ProseBlockPlan p => Prose(p, text, footnotes),
            _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block."),
        };

        return Made().Select(b => b with { CombinedOnly = block.CombinedOnly });
    }

    /// <summary>A section of the quarter's prose: its paragraphs and quotes, neighbouring bullets gathered into one list.</summary>
    private IEnumerable<Block> Prose(ProseBlockPlan block, TextScope text, Dictionary<string, NoteModel> footnotes)
    {
        if (!Plan.Prose.TryGetValue(text.Language.Tag, out var prose) || !prose.Sections.TryGetValue(block.Key, out var section))
        {
            yield break;
        }

        var bullets = new List<IReadOnlyList<Run>>();
        foreach (var paragraph in section.Paragraphs)
        {
            var runs = Runs(paragraph.Text, text, footnotes);
            if (paragraph.Style == ProseStyle.Bullet)
            {
                bullets.Add(runs);
                continue;
            }

            if (bullets.Count > 0)
            {
                yield return new BulletListBlock(block.Key, bullets);
                bullets = [];
            }

            yield return paragraph.Style == ProseStyle.Heading
                ? new HeadingBlock(block.Key, paragraph.Level, runs)
                : new ParagraphBlock(block.Key, runs, paragraph.Style == ProseStyle.Quote ? ParagraphStyle.Quote : ParagraphStyle.Body);
        }

        if (bullets.Count > 0)
        {
            yield return new BulletListBlock(block.Key, bullets);
        }
    }

    /// <summary>
    /// Fills a template and cuts its text into runs: the figures its filters printed, the footnotes it marks (<c>[^id]</c>, a
    /// footnote of the pack or of the quarter's prose), the page references, the line breaks.
    /// </summary>
    private List<Run> Runs(TextTemplate template, TextScope text, Dictionary<string, NoteModel> footnotes)
    {
        var rendered = text.Render(template);
        var runs = new List<Run>();
        var plain = new System.Text.StringBuilder();
        void Flush()
        {
            if (plain.Length > 0)
            {
                runs.Add(new TextRun(plain.ToString()));
                plain.Clear();
            }
        }

        for (var i = 0; i < rendered.Length; i++)
        {
            var ch = rendered[i];
            if (ch == FigureText.Open)
            {
                var close = rendered.IndexOf(FigureText.Close, i);
                var marker = rendered[(i + 1)..close];
                Flush();
                if (marker[0] == 'F')
                {
                    var use = text.Figures!.Uses[int.Parse(marker[1..], CultureInfo.InvariantCulture)];
                    runs.Add(new FigureRun(use.Text, use.Source));
                }
                else
                {
                    var target = marker[1..];
                    if (Pack.Languages.All(l => l.Tag != target) && !Pack.Tables.ContainsKey(target))
                    {
                        throw new ReportGenException(Messages.TemplateFailed(template.Location, $"page_of names '{target}', which is neither a language nor a table of the pack"));
                    }

                    // Where there are no pages (a workbook), the reference prints the table's title.
                    var title = Pack.Tables.TryGetValue(target, out var table) ? table.Title.For(text.Language.Tag) : null;
                    runs.Add(new PageRefRun(title is null ? "?" : text.Render(title), target));
                }

                i = close;
            }
            else if (ch == '\n')
            {
                Flush();
                runs.Add(new LineBreakRun());
            }
            else if (ch == '[' && i + 2 < rendered.Length && rendered[i + 1] == '^' && FootnoteReference().Match(rendered, i) is { Success: true } reference && reference.Index == i)
            {
                Flush();
                runs.Add(Mark(reference.Groups[1].Value, template, text, footnotes));
                i += reference.Length - 1;
            }
            else
            {
                plain.Append(ch);
            }
        }

        Flush();
        return runs;
    }

    /// <summary>A footnote marker: a footnote of the pack (its mark in the language), or of the quarter's prose (its label is its mark).</summary>
    private NoteMarkRun Mark(string id, TextTemplate template, TextScope text, Dictionary<string, NoteModel> footnotes)
    {
        var language = text.Language.Tag;
        if (Pack.Footnotes.TryGetValue(id, out var footnote) && footnote.Marks.TryGetValue(language, out var mark))
        {
            if (!footnotes.ContainsKey(id))
            {
                var runs = Runs(footnote.Text!.For(language)!, text, footnotes);
                footnotes[id] = new NoteModel(mark, Run.Plain(runs)) { Id = id, PageFoot = true, Runs = runs };
            }

            return new NoteMarkRun(mark, id);
        }

        if (Plan.Prose.TryGetValue(language, out var prose) && prose.Footnotes.TryGetValue(id, out var note))
        {
            var key = "prose:" + id;
            if (!footnotes.ContainsKey(key))
            {
                var runs = Runs(note, text, footnotes);
                footnotes[key] = new NoteModel(id, Run.Plain(runs)) { Id = key, PageFoot = true, Runs = runs };
            }

            return new NoteMarkRun(id, key);
        }

        throw new ReportGenException(Messages.TemplateFailed(template.Location, $"[^{id}] marks a footnote that neither footnotes.yaml (with a '{language}' mark) nor the quarter's prose ([^{id}]: …) defines"));
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteReference();
}
