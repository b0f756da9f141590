using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;
using ReportGen.Input;

namespace ReportGen.Documents;

/// <summary>
/// Binds a pack to evaluated figures: one <see cref="ReleaseDocument"/> per language, its blocks in the pack's order, every
/// figure a <see cref="CellModel"/> with its display text and its formula. Renderers only lay these out.
/// </summary>
internal sealed partial class DocumentBuilder
{
    private readonly Figures figures;
    private readonly DateTimeOffset created;

    public DocumentBuilder(Figures figures, DateTimeOffset? created)
    {
        this.figures = figures;
        this.created = created ?? new DateTimeOffset(Plan.ReleaseDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    private ItemValues Values => figures.Values;

    private ReleasePlan Plan => figures.Values.Plan;

    private PackPlan Pack => Plan.Pack;

    public DocumentSet BuildAll()
    {
        var built = Pack.Documents.Select(Build).ToList();
        var documents = built.Select(d => FigureSources.Resolve(d, built)).ToList();
        var combined = Pack.Combined.Select(c =>
        {
            var parts = c.Languages.Select(l => documents.First(d => d.Language == l)).ToList();
            var text = new TextScope(Plan, Pack.Language(c.Languages[0]));
            return new CombinedDocument(text.Render(c.File), parts);
        }).ToList();
        var job = new TextScope(Plan, Pack.Languages[0]).Render(Pack.Job);
        FileStems.Check(
            Pack.Documents.Select((d, i) => (documents[i].FileStem, d.File?.Location ?? Pack.Formats.PeriodShort.Location ?? d.Location, $"documents.{d.Language}.file"))
                .Concat(Pack.Combined.Select((c, i) => (combined[i].FileStem, c.File.Location, $"combined '{c.File.Source}'"))));

        // The job names the tie-out (iij-2q03-tieout.md): a plain file name too, though it may equal a document's.
        FileStems.Check([(job, Pack.Job.Location, "job")]);
        return new DocumentSet(job, documents, combined);
    }

    public ReleaseDocument Build(DocumentPlan definition)
    {
        var text = new TextScope(Plan, Pack.Language(definition.Language), figures);
        var language = definition.Language;
        var title = definition.Title.Select(t => text.Render(t)).ToList();
        var footnotes = new Dictionary<string, NoteModel>(StringComparer.Ordinal);
        var blocks = Gather(definition.Blocks.SelectMany(b => BuildBlocks(b, title, text, footnotes)));
        var metadata = new DocumentMetadata(
            title.FirstOrDefault() ?? Pack.Name,
            Plan.Company.Name[language],
            text.Render(definition.Subject),
            language,
            created,
            text.Render(definition.Keywords));
        var stem = definition.File is { } file
            ? text.Render(file)
            : $"{Plan.Company.Id}-{text.PeriodShort(Plan.Current).ToLowerInvariant()}-{language}";
        var pageNumber = Pack.Wording.PageNumber.For(language)!;
        var wording = new DocumentWording(
            text.Render(Pack.Wording.Continued),
            (page, pages) => text.Render(pageNumber, new Dictionary<string, object?> { ["page"] = page, ["pages"] = pages }))
        {
            Bullet = Pack.Wording.Bullet?.For(language) is { } bullet ? text.Render(bullet) : "•",
        };
        return new ReleaseDocument(language, stem, text.Render(definition.Header), metadata, wording, text.Language.Numbers, text.Language.WorkbookFont, blocks, BuildDataSheet(definition, text))
        {
            Footnotes = footnotes,
            Figures = definition.FiguresSheet is { } sheet && Pack.Wording.FiguresColumns?.For(language) is { } columns
                ? new FiguresSheet(sheet, text.Render(columns).Split('|').Select(c => c.Trim()).ToList())
                : null,
        };
    }

    /// <summary>Neighbouring bullet lists as one list: the pack's bullets and the quarter's that follow them read as one.</summary>
    private static List<Block> Gather(IEnumerable<Block> blocks)
    {
        var result = new List<Block>();
        foreach (var block in blocks)
        {
            if (block is BulletListBlock next && result.Count > 0 && result[^1] is BulletListBlock last && last.CombinedOnly == next.CombinedOnly)
            {
                result[^1] = last with { Items = [.. last.Items, .. next.Items], ItemIds = [.. ItemIds(last), .. ItemIds(next)] };
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    private static IEnumerable<string> ItemIds(BulletListBlock list) =>
        list.Items.Select((_, i) => i < list.ItemIds.Count ? list.ItemIds[i] : list.Id);

    private TableModel BuildTable(TablePlan table, TextScope text)
    {
        var language = text.Language.Tag;
        var columns = table.Columns.Select(c => BuildColumn(table, c, text)).ToList();
        var visible = table.Rows.Where(r => r.PrintedIn(language)).ToList();
        var rows = new List<RowModel>();
        for (var index = 0; index < visible.Count; index++)
        {
            rows.Add(BuildRow(table, visible, index, columns, text));
        }

        var notes = table.Notes.Concat(table.Rows.SelectMany(r => r.Footnotes.GetValueOrDefault(language) ?? [])).Distinct(StringComparer.Ordinal);
        var title = text.Render(table.Title);
        if (title.Length + title.Count(c => c == '&') > Limits.TitleLength)
        {
            throw new ReportGenException(Messages.PackInvalid(table.Title.Location ?? table.Location, $"table '{table.Id}': the {language} title is {title.Length} characters once filled in; it also heads the worksheet's printed pages, which hold at most {Limits.TitleLength} (each & counting twice)"));
        }

        return new TableModel(
            table.Id,
            table.Sheet.GetValueOrDefault(language) ?? table.Id,
            title,
            table.Subtitle.Select(s => s.For(language) is { } t ? text.Render(t) : "").Where(s => s.Length > 0).ToList(),
            columns,
            rows,
            BuildNotes(notes, text),
            table.Statement)
        {
            Caption = table.Caption?.For(language) is { } caption ? text.Render(caption) : "",
            Tag = table.Tag?.For(language) is { } tag ? text.Render(tag) : "",
        };
    }

    private ColumnModel BuildColumn(TablePlan table, ColumnPlan column, TextScope text)
    {
        var language = text.Language.Tag;
        var period = Plan.Period(column.Role);
        var basePeriod = column is ChangeColumn change ? Plan.Period(change.BaseRole) : null;
        var headers = Pack.Headers;
        var header = column.Header?.For(language) ?? (column switch
        {
            ChangeColumn c => headers.Change[c.BaseRole],
            ConvenienceColumn => headers.Convenience,
            ShareColumn => headers.Share,
            _ => table.GroupByPeriod ? headers.GroupedAmount : headers.Amount,
        })!.For(language)!;
        var group = column.Group?.For(language) ?? (table.GroupByPeriod && column is not ChangeColumn ? headers.PeriodGroup?.For(language) : null);
        var locals = new Dictionary<string, object?> { ["period"] = text.Period(period) };
        if (basePeriod is not null)
        {
            locals["base"] = text.Period(basePeriod);
        }

        return new ColumnModel(
            column.Kind,
            period.Key,
            basePeriod?.Key,
            text.Render(header, locals),
            group is null ? null : text.Render(group, locals),
            column.Width);
    }

    private RowModel BuildRow(TablePlan table, List<RowPlan> visible, int index, List<ColumnModel> columns, TextScope text)
    {
        var language = text.Language.Tag;
        var row = visible[index];
        var label = row.LabelKey is { } key ? text.Render(Pack.Labels[key]) : "";
        var style = row.Emphasis switch
        {
            RowEmphasis.Total => RowStyle.Total,
            RowEmphasis.Subtotal => RowStyle.Subtotal,
            _ => RowStyle.Normal,
        };
        var footnoteIds = (row.Footnotes.GetValueOrDefault(language) ?? []).Where(id => Printed(Pack.Footnotes[id], language)).ToList();
        var marks = footnoteIds.Select(id => Pack.Footnotes[id].Marks[language]).ToList();

        var lead = row.Lead is { } leadKey ? text.Render(Pack.Labels[leadKey]) : null;
        if (row is not ItemRow itemRow)
        {
            var kind = row is SpacerRow ? RowKind.Spacer : RowKind.Header;
            return new RowModel(kind, null, label, row.Indent, style, marks, columns.Select(_ => (CellModel?)null).ToList()) { Lead = lead, Footnotes = footnoteIds };
        }

        var item = itemRow.Item;
        if (!Values.Has(item))
        {
            throw new ReportGenException(Messages.MissingFact(row.Location, item, Plan.DatasetPath, $"table '{table.Id}'"));
        }

        var cells = new List<CellModel?>();
        for (var c = 0; c < columns.Count; c++)
        {
            cells.Add(itemRow.Shows.Contains(columns[c].Kind) ? BuildCell(table, visible, index, columns, c, text.Language.Numbers) : null);
        }

        return new RowModel(RowKind.Item, item, label, row.Indent, style, marks, cells) { Lead = lead, Footnotes = footnoteIds };
    }

    private List<NoteModel> BuildNotes(IEnumerable<string> ids, TextScope text)
    {
        var language = text.Language.Tag;
        var notes = new List<NoteModel>();
        foreach (var id in ids)
        {
            var footnote = Pack.Footnotes[id];
            if (!Printed(footnote, language))
            {
                continue;
            }

            var body = footnote.DatasetNote is { } key ? Plan.Notes[key][language] : text.Render(footnote.Text!.For(language)!);
            notes.Add(new NoteModel(footnote.Leads.GetValueOrDefault(language) ?? footnote.Marks[language], body) { Id = id, PageFoot = footnote.PageFoot });
        }

        return notes;
    }

    /// <summary>Does a footnote print in a language: it has a mark there and, if it is the quarter's own, the dataset has its note.</summary>
    private bool Printed(FootnotePlan footnote, string language) =>
        footnote.Marks.ContainsKey(language) && (footnote.DatasetNote is not { } key || Plan.Notes.ContainsKey(key));
}
