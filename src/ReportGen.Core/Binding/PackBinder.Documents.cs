using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Input.Pack;

namespace ReportGen.Binding;

internal sealed partial class PackBinder
{
    private static readonly System.Buffers.SearchValues<char> SheetForbidden = System.Buffers.SearchValues.Create("[]:*?/\\");

    private List<DocumentPlan> BindDocuments(
        Dictionary<string, TablePlan> tables,
        Dictionary<string, LocalizedTemplate> labels,
        Dictionary<string, LocalizedTemplate> texts,
        Dictionary<string, FootnotePlan> footnotes)
    {
        var documents = new List<DocumentPlan>();
        foreach (var language in languages.Where(l => !Manifest.Documents.ContainsKey(l.Tag)))
        {
            bag.Add(Messages.PackInvalid(Manifest.Location, $"language '{language.Tag}' has no document under pack.yaml's documents"));
        }

        foreach (var (language, document) in Manifest.Documents)
        {
            if (languages.All(l => l.Tag != language))
            {
                bag.Add(Messages.PackInvalid(document.Location, $"document '{language}' is not in one of the pack's languages ({string.Join(", ", languages.Select(l => l.Tag))})"));
                continue;
            }

            if (document.Blocks.Count > Limits.DocumentBlocks || document.Title.Count > 10)
            {
                bag.Add(Messages.PackInvalid(document.Location, $"document '{language}' has {document.Blocks.Count} blocks and {document.Title.Count} title lines; a document has at most {Limits.DocumentBlocks} blocks and 10 title lines"));
                continue;
            }

            var blocks = document.Blocks.Select(b => BindBlock(language, b, tables, texts, footnotes)).OfType<BlockPlan>().ToList();
            CheckDocumentTables(language, document, blocks.OfType<TableBlockPlan>().Select(b => tables[b.Table]), labels, footnotes);
            TextTemplate Text(string source) => TemplateCompiler.Compile(source, document.Location, bag);
            documents.Add(new DocumentPlan(
                language,
                document.File is null ? null : Text(document.File),
                document.Title.Select(t => TemplateCompiler.Compile(t, document.Location, bag, Limits.TitleLength)).ToList(),
                TemplateCompiler.Compile(document.Header, document.Location, bag, Limits.TitleLength),
                Text(document.Subject),
                Text(document.Keywords),
                document.DataSheet,
                blocks,
                document.Location)
            {
                FiguresSheet = document.FiguresSheet,
            });
        }

        return documents;
    }

    private BlockPlan? BindBlock(string language, BlockDef block, Dictionary<string, TablePlan> tables, Dictionary<string, LocalizedTemplate> texts, Dictionary<string, FootnotePlan> footnotes)
    {
        var set = (block.Title ? 1 : 0) + new object?[] { block.Table, block.Heading, block.Paragraph, block.Bullets, block.Notes, block.PageBreak, block.Prose }.Count(v => v is not null);
        if (set != 1)
        {
            bag.Add(Messages.PackInvalid(block.Location, $"document '{language}': a block is exactly one of title, table, heading, paragraph, bullets, notes, pageBreak, prose"));
            return null;
        }

        var bound = BindBlockKind(language, block, tables, texts, footnotes);
        return bound is null ? null : bound with { CombinedOnly = block.CombinedOnly };
    }

    private BlockPlan? BindBlockKind(string language, BlockDef block, Dictionary<string, TablePlan> tables, Dictionary<string, LocalizedTemplate> texts, Dictionary<string, FootnotePlan> footnotes)
    {

        bool Text(string key)
        {
            if (texts.TryGetValue(key, out var text))
            {
                RequireLanguages(text, [language], block.Location, $"text '{key}'");
                return true;
            }

            bag.Add(Messages.PackReference(block.Location, $"document '{language}': no text '{key}' in texts.yaml"));
            return false;
        }

        switch (block)
        {
            case { Title: true }:
                return new TitleBlockPlan(block.Location);
            case { Table: { } table }:
                if (tables.ContainsKey(table))
                {
                    return new TableBlockPlan(table, block.Location);
                }

                bag.Add(Messages.PackReference(block.Location, $"document '{language}' lists table '{table}', and no file under tables/ has that id"));
                return null;
            case { Heading: { } heading }:
                if (block.Level is < 1 or > 3)
                {
                    bag.Add(Messages.PackInvalid(block.Location, $"document '{language}': heading level {block.Level} is not 1, 2 or 3"));
                }

                return Text(heading) ? new HeadingBlockPlan(heading, Math.Clamp(block.Level, 1, 3), block.Location) : null;
            case { Paragraph: { } paragraph }:
                var style = block.Style switch
                {
                    null or "body" => ParagraphStyle.Body,
                    "quote" => ParagraphStyle.Quote,
                    "small" => ParagraphStyle.Small,
                    "right" => ParagraphStyle.Right,
                    _ => (ParagraphStyle?)null,
                };
                if (style is null)
                {
                    bag.Add(Messages.PackInvalid(block.Location, $"document '{language}': style '{block.Style}' is not body, quote, small or right"));
                }

                return Text(paragraph) ? new ParagraphBlockPlan(paragraph, style ?? ParagraphStyle.Body, block.Location) : null;
            case { Prose: { } prose }:
                return new ProseBlockPlan(prose, block.Optional, block.Location);
            case { Bullets: { } bullets }:
                return bullets.All(Text) ? new BulletsBlockPlan(bullets, block.Location) : null;
            case { Notes: { } notes }:
                foreach (var id in notes.Where(n => !footnotes.ContainsKey(n)))
                {
                    bag.Add(Messages.PackReference(block.Location, $"document '{language}': note '{id}' is not in footnotes.yaml"));
                }

                return new NotesBlockPlan(notes, block.Location);
            default:
                if (block.PageBreak is "portrait" or "landscape")
                {
                    return new PageBreakBlockPlan(block.PageBreak == "landscape", block.Location);
                }

                bag.Add(Messages.PackInvalid(block.Location, $"document '{language}': pageBreak '{block.PageBreak}' is not portrait or landscape"));
                return null;
        }
    }

    /// <summary>What one language's document needs of its tables: a text for every label it prints, and sheet names Excel accepts.</summary>
    private void CheckDocumentTables(string language, DocumentDef document, IEnumerable<TablePlan> tables, Dictionary<string, LocalizedTemplate> labels, Dictionary<string, FootnotePlan> footnotes)
    {
        var sheets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CheckSheetName(document.DataSheet, document.Location, $"document '{language}': the data sheet", sheets);
        if (document.FiguresSheet is { } figures)
        {
            CheckSheetName(figures, document.Location, $"document '{language}': the figures sheet", sheets);
            if (Manifest.Wording.FiguresColumns?.GetValueOrDefault(language) is not { } columns || columns.Split('|').Length != 4)
            {
                bag.Add(Messages.PackReference(document.Location, $"document '{language}' has a figures sheet: wording.figuresColumns needs its four column captions in '{language}', separated by |"));
            }
        }

        foreach (var table in tables.Distinct())
        {
            CheckSheetName(table.Sheet.GetValueOrDefault(language) ?? table.Id, table.Location, $"table '{table.Id}': the '{language}' sheet", sheets);
            RequireLanguages(table.Title, [language], table.Location, $"table '{table.Id}': the title");
            foreach (var row in table.Rows.Where(r => r.PrintedIn(language) && r.LabelKey is not null))
            {
                if (labels.TryGetValue(row.LabelKey!, out var label))
                {
                    RequireLanguages(label, [language], row.Location, $"label '{row.LabelKey}' (table '{table.Id}')");
                }
            }

            foreach (var column in table.Columns)
            {
                CheckHeader(language, table, column);
            }
        }
    }

    /// <summary>A column without a header of its own in a language takes the pack's default, which must then exist in that language.</summary>
    private void CheckHeader(string language, TablePlan table, ColumnPlan column)
    {
        var headers = Manifest.Headers;
        if (column.Header?.For(language) is null)
        {
            var (needed, what) = column switch
            {
                ChangeColumn change => (headers.Change.GetValueOrDefault(change.BaseRole), $"headers.change.{change.BaseRole}"),
                ConvenienceColumn => (headers.Convenience, "headers.convenience"),
                ShareColumn => (headers.Share, "headers.share"),
                _ => table.GroupByPeriod ? (headers.GroupedAmount, "headers.groupedAmount") : (headers.Amount, "headers.amount"),
            };
            if (needed?.For(language) is null)
            {
                bag.Add(Messages.PackReference(column.Location, $"table '{table.Id}': a {column.Kind.ToString().ToLowerInvariant()} column of the '{language}' document needs {what} in '{language}' (or a header of its own)"));
            }
        }

        if (table.GroupByPeriod && column is not ChangeColumn && column.Group?.For(language) is null && headers.PeriodGroup?.For(language) is null)
        {
            bag.Add(Messages.PackReference(column.Location, $"table '{table.Id}' groups columns by period: the '{language}' document needs headers.periodGroup in '{language}'"));
        }
    }

    private void CheckSheetName(string sheet, SourceLocation? at, string what, HashSet<string> sheets)
    {
        if (!TemplateCompiler.Printable(sheet, at, bag, Limits.TextLength))
        {
            return;
        }

        if (sheet.Length is 0 or > 31 || sheet.AsSpan().IndexOfAny(SheetForbidden) >= 0 || sheet.StartsWith('\'') || sheet.EndsWith('\''))
        {
            bag.Add(Messages.PackInvalid(at, $"{what} name '{sheet}' is not one Excel accepts (1 to 31 characters, none of [ ] : * ? / \\, no ' at either end)"));
        }
        else if (sheet.Equals("History", StringComparison.OrdinalIgnoreCase))
        {
            bag.Add(Messages.PackInvalid(at, $"{what} name '{sheet}' is reserved by Excel: choose another"));
        }
        else if (!sheets.Add(sheet))
        {
            bag.Add(Messages.PackInvalid(at, $"{what} name '{sheet}' is used twice in the workbook"));
        }
    }

    private List<CombinedPlan> BindCombined(List<DocumentPlan> documents)
    {
        var combined = new List<CombinedPlan>();
        foreach (var definition in Manifest.Combined)
        {
            foreach (var language in definition.Languages.Where(l => documents.All(d => d.Language != l)))
            {
                bag.Add(Messages.PackReference(definition.Location, $"combined '{definition.File}': no document in '{language}'"));
            }

            if (definition.Languages.Count < 2 || definition.File.Length == 0)
            {
                bag.Add(Messages.PackInvalid(definition.Location, "a combined document needs a file name and two or more languages"));
            }

            combined.Add(new CombinedPlan(TemplateCompiler.Compile(definition.File, definition.Location, bag), definition.Languages));
        }

        return combined;
    }
}
